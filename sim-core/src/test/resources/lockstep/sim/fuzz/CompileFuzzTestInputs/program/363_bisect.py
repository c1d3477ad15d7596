# bisect: searching and inserting into sorted lists, with lo/hi and key=.
import bisect

grades = [60, 70, 80, 90]


def grade(score):
    return 'FDCBA'[bisect.bisect(grades, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 10)
print(a)
people = [('ann', 21), ('bob', 30), ('cid', 45)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ('dee', 33), key=lambda p: p[1])
print(people)
sorted_words = []
for word in ['pear', 'apple', 'fig', 'kiwi', 'banana']:
    bisect.insort(sorted_words, word)
print(sorted_words)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError:', e)
