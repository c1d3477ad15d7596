text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""

counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1

print(counts)
print(len(counts), "distinct words")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:4]:
    print(f"{word:>5}: {'#' * n} ({n})")
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(max(letters, key=lambda c: letters[c]), letters["t"])
