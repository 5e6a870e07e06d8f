"""Text processing: word frequencies, caesar/vigenere, run-length, palindromes."""
import string
from collections import Counter, OrderedDict
from functools import lru_cache

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.lower().translate(table).split()


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s, key, decrypt=False):
    res, ki = [], 0
    for ch in s:
        if ch in string.ascii_letters:
            shift = string.ascii_lowercase.index(key[ki % len(key)].lower())
            if decrypt:
                shift = -shift
            res.append(caesar(ch, shift))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)


def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)


@lru_cache(maxsize=None)
def lps(s):
    """Longest palindromic subsequence length."""
    if len(s) <= 1:
        return len(s)
    if s[0] == s[-1]:
        return 2 + lps(s[1:-1])
    return max(lps(s[1:]), lps(s[:-1]))


w = words(TEXT)
freq = Counter(w)
print(len(w), len(freq), freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
longest = max(w, key=len)
print(longest, w.index("season"), " ".join(sorted(set(w), key=str.casefold)[:6]))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), vigenere("attack at dawn", "lemon"), vigenere(vigenere("attack at dawn", "lemon"), "lemon", True))
print(rle("aaabccddddde"), rle(""), rle("abc"))
print(lps("character"), lps("bbbab"), lps.cache_info().hits > 0)
print(string.capwords("hello   world  again"), "a,b,,c".split(","), "  x  ".strip(), "abc".center(9, "*"))
print("%-10s|%5.1f|%03d|%x|%r" % ("left", 3.14159, 7, 255, "q"), "{:>8}".format("r"), "{0}{1}{0}".format("a", "b"))
od = OrderedDict.fromkeys("abracadabra")
print("".join(od), list(od.keys())[:3])
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="x"))
print("".join(c for c in "Mississippi" if c not in "aeiou"), "mississippi".count("ss"), "Title Case Me".swapcase())
table = {ord(c): None for c in "aeiou"}
print("education".translate(table), "abc".zfill(6), "3.5".isdigit(), "ⅷ".isnumeric(), "ß".upper())
