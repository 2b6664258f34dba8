print("pipeline benchmarks: not yet")
