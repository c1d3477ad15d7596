s = 'a' * 5 * 10**6
print(len(s.split('b')))
t = s.split('a')
