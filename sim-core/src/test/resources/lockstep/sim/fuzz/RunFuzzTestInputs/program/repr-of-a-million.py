print(len(repr([0] * 10**6)))
