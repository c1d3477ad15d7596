s = 'a' * 10**7
print(s.startswith('a' * 10**6), s.endswith('b'))
