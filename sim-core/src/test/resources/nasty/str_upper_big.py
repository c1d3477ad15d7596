s = 'a' * 10**6
print(len(s.upper()), len(s.lower()))
