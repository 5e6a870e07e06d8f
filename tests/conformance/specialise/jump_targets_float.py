# Loops whose branch targets fall between instructions the pass fuses:
# break, continue, while conditions on floats and strs, else clauses and
# conditional expressions, with the compare fused into its jump.


def scan(limit):
    x = 0.0
    out = []
    while x < limit:
        x += 0.75
        if x == 1.5:
            continue
        if x > 5.0:
            break
        out.append(x if x < 3 else -x)
    else:
        out.append('done')
    return out


def words(ws):
    kept = []
    for w in ws:
        if w < 'c' or w == 'q':
            kept.append(w)
            continue
        if w != 'zz':
            kept.append(w.upper())
        else:
            break
    return kept


def nested(n):
    hits = 0
    i = 0.0
    while i < n:
        j = 0.0
        while j < i:
            if (i + j) / 2 == 1.5:
                hits += 1
            j += 0.5
        i += 0.5
    return hits


for k in range(50):
    scan(k * 0.3)
print(scan(10.0), scan(2.0), scan(0.0))
print(words(['a', 'q', 'd', 'b', 'zz', 'a']))
print(nested(6.0), nested(2.5))
