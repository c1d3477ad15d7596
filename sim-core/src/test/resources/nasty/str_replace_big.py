s = 'a' * 10**6
print(len(s.replace('a', 'b')))
t = s.replace('a', 'b' * 60)
