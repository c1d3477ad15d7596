s = 'a' * 10**6
print(len(s.replace('a', 'b')))
s = s * 10
t = s.replace('a', 'bbbbbb')
