print(sorted(range(10**5, 0, -1))[:3])
