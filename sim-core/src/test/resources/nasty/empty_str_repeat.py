print(repr('' * 2**31))
