print(len(repr(list(range(10**5)))))
