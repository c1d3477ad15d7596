s = 'a' * 10**6
print(s.count('a'), s.count('ab'))
