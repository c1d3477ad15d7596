s = "Hello World 123"
upper = lower = digits = spaces = 0
for ch in s:
    if ch.isdigit():
        digits += 1
    elif ch.isalpha():
        if ch == ch.upper():
            upper += 1
        else:
            lower += 1
    elif ch == " ":
        spaces += 1
print(upper, lower, digits, spaces)

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
vowels = "aeiou"
print("".join(c for c in "programming" if c not in vowels))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
line = ""
for i in range(5):
    line += str(i) * i
print(line, len(line))
print("-" * 20)
print("|" + "cell".center(10) + "|")
