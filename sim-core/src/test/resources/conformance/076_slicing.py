s = "abcdefghij"
t = tuple(range(10))
l = list(range(10))
for seq in (s, t, l):
    print(seq[2:5], seq[:3], seq[-2:], seq[::3], seq[::-1][:3], seq[7:1:-2])
print(s[::-1], s[-1::-1], s[:-1], s[1:-1])
print(t[100:200], l[5:5], s[-100:100])
print(l[1:8:2][::-1])
word = "level"
print(word == word[::-1])
print("hello world"[6:], "hello world"[:5].upper())
rev_words = " ".join("one two three".split()[::-1])
print(rev_words)
chunks = [l[i:i + 3] for i in range(0, len(l), 3)]
print(chunks)
print(s[0:10:1] == s, l[:] == l, l[:] is l)
