# The string module: its constants, capwords and Template.
import string
from string import Template

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords('the quick  brown fox'), string.capwords('a-b-c', '-'))
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann'}, what='coffee'))
print(Template('${noun}ification costs $$10').substitute(noun='class'))
print(t.safe_substitute(who='bob'), t.template)
print(Template('$a$b ${c}d $').safe_substitute(a=1, c=3))
print(Template('Total: $amount').substitute(amount=12.5))
for label, action in [('missing', lambda: t.substitute(who='x')),
                      ('invalid', lambda: Template('cost: $5').substitute()),
                      ('brace', lambda: Template('line\\n ${oops').substitute()),
                      ('second line', lambda: Template('one\ntwo $').substitute())]:
    try:
        action()
    except (KeyError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)
letters = [c for c in 'Hello, World! 42' if c in string.ascii_letters]
print(''.join(letters), sum(c in string.digits for c in 'a1b22'))


class PercentTemplate(Template):
    delimiter = '%'


print(PercentTemplate('%who owes %%%amount').substitute(who='ann', amount=5))
print(PercentTemplate('100% sure').safe_substitute())
