s = 'a' * 10**7
print(len(s.upper()), len(s.lower()))
