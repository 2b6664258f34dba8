print("translator benchmarks: not yet")
