# Sorting exact strs (the inline byte comparison for short strings and
# memcmp for long ones): prefixes, equal strings (stability through a key),
# non-ASCII text (UTF-8 order is code point order), lengths on either side
# of 16 bytes, the empty string, reverse, and mixes that fall back to the
# generic comparison.
import random

rng = random.Random(5)
words = sorted("w%d" % (k * 7919 % 5003) for k in range(3000))
print(words[:8], words[-4:], len(words))
print(all(words[i] <= words[i + 1] for i in range(len(words) - 1)))
alpha = "abcé日\U0001F600Zz0"
pool = ["".join(rng.choice(alpha) for _ in range(rng.randrange(0, 24))) for _ in range(600)]
pool += ["", "a", "aa", "a" * 16, "a" * 17, "a" * 15 + "b", "a" * 16 + "b", "é", "e\u0301"]
s1 = sorted(pool)
print(s1 == sorted(pool, key=lambda s: [ord(c) for c in s]))
print(s1[:6], s1[-3:])
print(sorted(pool, reverse=True) == s1[::-1])
long = ["x" * 20 + c for c in "dcbaé"] + ["x" * 19, "x" * 21, "x" * 20]
print(sorted(long))
# stability: equal keys keep their order
pairs = [("k%d" % (i % 5), i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0])[:8])
l = ["b", "a", "c"] * 3
l.sort(reverse=True)
print(l)
# a str subclass or a non-str among them: the generic comparison
class S(str):
    pass
print(sorted(["b", S("a"), "c"]), sorted(["bb", "b", "ba", "a"]))
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
