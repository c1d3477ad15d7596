# collections.UserString: a str kept in self.data, whose str-returning methods keep the subclass.
from collections import UserString


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


s = Shout('hello world')
print(s, repr(s), len(s), s[0], type(s[1:4]).__name__, s.shout(), type(s.shout()).__name__)
print(s.split(), s.count('o'), s.find('w'), s.replace('world', 'there'), s.title(), 'ell' in s, s == 'hello world')
print(s + '?', s * 2, s.center(15, '*'), s.startswith('he'), s.endswith('x'), s.index('l'))
print(sorted([Shout('b'), Shout('a')]), s.strip('hd'), s.zfill(13), s.partition(' '), list(Shout('ab')))
print(f'{s}', str(s), '%s' % s, int(UserString('42')) + 1, UserString(3.5), s.isalpha(), Shout('ab').isalpha())
