x = tuple(range(10**9))
