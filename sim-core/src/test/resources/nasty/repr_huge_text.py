x = ['a' * 10**7] * 30
y = repr(x)
