def todo():
    pass

class Nothing:
    pass

for i in range(3):
    pass

if True:
    pass
else:
    pass

while False:
    pass

try:
    pass
except Exception:
    pass

print(todo())
print(type(Nothing()).__name__)
print(i)

def doc_only():
    """This function only has a docstring."""

print(doc_only())
