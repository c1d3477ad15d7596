# Counter's multiset comparisons (Python 3.10+): inclusion of counts, missing counts being zero.
from collections import Counter
a = Counter(a=1, b=2)
b = Counter(a=1, b=3, c=0)
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, Counter() < Counter(x=1), Counter(a=1) <= Counter(b=1))
print(Counter(a=0) < Counter(), Counter(a=-1) <= Counter())
try:
    a < {'a': 1}
except TypeError as e:
    print(e)
