x = bytearray(10**10)
