x = sorted(range(10**9))
