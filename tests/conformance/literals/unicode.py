s = "héllo wörld"
print(s)
print(len(s))
print(s[1])
print(s[7])
print(s[::-1])
j = "日本語"
print(j, len(j))
print(j[0], j[-1])
e = "😀x"
print(e, len(e))
print(ord("é"), ord("日"), ord("😀"))
print(chr(233), chr(26085), chr(128512))
print(repr("naïve"))
print("ß" < "ü")
print("é" * 3)
print(",".join(["α", "β", "γ"]))
