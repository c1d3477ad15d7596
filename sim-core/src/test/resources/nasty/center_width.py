y = 'x'.center(10**9)
