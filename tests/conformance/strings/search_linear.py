# Substring search on inputs that make a naive search quadratic (a needle
# of a million 'a's and a 'b', in two million 'a's): every answer at once.
s = "a" * 2_000_000
miss = "a" * 1_000_000 + "b"
hit = "a" * 1_000_000
print(s.find(miss), s.rfind(miss), s.count(miss), miss in s, s.index(hit), s.rindex(hit))
print(s.find(hit), s.rfind(hit), s.count(hit), hit in s, len(s.replace(hit, "x")))
print(len(s.split(hit)), len(s.rsplit(hit)), len(s.split(miss)), s.partition(miss)[1] == "")
print(len(s.rpartition(hit)[0]), s.startswith(hit), s.endswith(miss), s.find(hit, 1500000))
t = ("ab" * 500_000) + "abc"
print(t.find("ab" * 1000 + "c"), t.rfind("ba" * 1000), t.count("abab"), t.endswith("bc"))
# needles with multibyte characters, and affixes longer than the string
u = "é€" * 100_000 + "x"
print(u.find("€x"), u.rfind("é€é"), u.count("€é"), "aaaa".endswith("€"), "aaaa".startswith("€€"))
print("x€y€y".rfind("€y"), "€".endswith("€"), "a€".endswith("€", 1), "ab".find("b", 5))
