print("HTTP benchmark: not yet")
