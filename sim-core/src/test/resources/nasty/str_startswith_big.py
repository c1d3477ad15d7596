s = 'a' * 10**6
print(s.startswith('a' * 10**5), s.endswith('b'))
