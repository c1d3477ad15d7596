def reverse(s):
    result = ""
    for ch in s:
        result = ch + result
    return result

def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalpha())
    return cleaned == cleaned[::-1]

print(reverse("hello"), reverse(""), reverse("你好"))
for phrase in ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(phrase), is_palindrome(phrase))

def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best

print(longest_palindrome("forgeeksskeegfor"))
print([w for w in ["noon", "moon", "level", "kayak", "python"] if w == w[::-1]])
print(" ".join(word[::-1] for word in "reverse each word".split()))
