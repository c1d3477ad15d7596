held = []
while True:
    held.append('x' * 10**7)
