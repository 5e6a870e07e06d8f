def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)

msg = "hello, world"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz", 4))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("".join(sorted(counts)))
print([c for c in "a1b2c3" if c.isdigit()])
