print(max(range(10**12)), min(range(10**12)))
