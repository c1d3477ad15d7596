s = 'a' * 10**6
n = 'a' * 10**4 + 'b'
print(s.find(n), s.rfind(n), s.count(n))
print(s.replace(n, 'x') == s, len(s.split(n)))
