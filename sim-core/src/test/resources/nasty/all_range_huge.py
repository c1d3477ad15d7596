print(all(range(1, 10**12)))
