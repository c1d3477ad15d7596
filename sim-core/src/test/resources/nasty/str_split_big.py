s = 'a' * 10**7
print(len(s.split('b')))
t = s.split('a')
