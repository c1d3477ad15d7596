s = 'a' * 10**7
print(s.count('a'), s.count('ab'))
