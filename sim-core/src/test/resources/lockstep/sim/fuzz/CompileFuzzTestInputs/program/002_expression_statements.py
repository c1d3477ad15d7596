1 + 2
"just a string"
[1, 2, 3]
x = 10
x * 2
len("abc")
print(x)
def shout(s):
    print(s.upper())
    return 99
shout("called for effect")
None
x
print("done")
