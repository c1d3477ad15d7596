print(any(range(10**12)))
print(all(range(-10**12, 10**12)))
