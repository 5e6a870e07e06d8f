# Small-int arithmetic at the edges of the small-int range (closured keeps
# ints in [-2**62, 2**62 - 1] as immediates and computes on them inline):
# every inline operator, through each fused form (local op local stored,
# local op constant, value op local, value op constant, value op global).
EDGES = [-(2 ** 62), -(2 ** 62) + 1, -(2 ** 31), -3, -1, 0, 1, 2, 3, 2 ** 31, 2 ** 62 - 1, 2 ** 62]
G = 2 ** 62 - 1


def local_local(a, b):
    out = []
    for k in range(8):
        if k == 0:
            r = a + b
        elif k == 1:
            r = a - b
        elif k == 2:
            r = a * b
        elif k == 3:
            r = a & b
        elif k == 4:
            r = a | b
        elif k == 5:
            r = a ^ b
        elif k == 6:
            r = a // b if b else None
        else:
            r = a % b if b else None
        out.append(r)
    return out


def with_consts(a):
    return [a + 1, a - 1, a * 2, a * -2, a // -1, a % -3, a & 6, a | 1, a ^ -1, (a + 0) + G, (a * 1) - G]


def augmented(a, b):
    x = a
    x += b
    y = a
    y -= b
    z = a
    z *= b
    return x, y, z


rows = 0
for a in EDGES:
    for b in EDGES:
        print(a, b, local_local(a, b), augmented(a, b))
        rows += 1
    print(a, with_consts(a))
print(rows)
