scores = {"ann": 90, "bob": 72, "cy": 85}
for name, s in scores.items():
    print(name, s)
best = max(scores.values())
print(best, [n for n, s in scores.items() if s == best])
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sum(scores.values()) / len(scores))
inverted = {}
for k, v in scores.items():
    inverted[v] = k
print(inverted)
print(list(scores)[::-1])
