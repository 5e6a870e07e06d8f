# Fused arithmetic runs (local op local, local op constant, TOS op global,
# result stored into a local) with operands that are not small ints: floats,
# strs, lists, big ints and results that overflow the small-int range, the
# operators computed inline and the ones that are not, augmented forms.
BIG = 2 ** 62
G = 7


def mixed(a, b):
    c = a + b
    d = a * b
    e = a - 1
    f = a % 3
    return c, d, e, f


def overflow(n):
    t = n
    t = t + t
    u = n * 4
    v = n - BIG
    w = v - BIG
    return t, u, v, w


def aug(n):
    x = n
    x += 1
    x *= 3
    x //= 2
    x %= 1000
    x -= 5
    x &= 255
    x |= 16
    x ^= 3
    return x


def divisions(a, b):
    q = a // b
    r = a % b
    return q, r


def non_inline(a, b):
    c = a / b
    d = a ** b
    e = a << b
    f = a >> 1
    return c, d, e, f


def global_op(x):
    y = x % G
    z = x + G
    return y, z


print(mixed(3, 4))
print(mixed(2.5, 4))
print(mixed(True, False))
print(mixed([1], [2]) if False else mixed(10 ** 30, 3))
print(overflow(BIG - 1))
print(overflow(-BIG))
print(overflow(12))
print(aug(5), aug(10 ** 20), aug(-7))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (10 ** 25, 7), (-(10 ** 25), 7)]:
    print(a, b, divisions(a, b))
print(non_inline(6, 3))
print(global_op(100), global_op(2.0))
G = 0.5
print(global_op(100))
G = "g"
try:
    print(global_op(100))
except TypeError as e:
    print("TypeError", e)


def strs(s, n):
    t = s + s
    u = s * n
    return t, u


print(strs("ab", 3))
print(strs([1, 2], 2))


def cmp_branch(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a >= b:
        out.append("ge")
    if not a == b:
        out.append("ne")
    return out


for a, b in [(1, 2), (2, 1), (2, 2), (1.5, 2), ("a", "b"), (BIG * 4, 1), (-BIG, BIG - 1)]:
    print(a, b, cmp_branch(a, b))
try:
    cmp_branch(1, "x")
except TypeError as e:
    print("TypeError", e)


def loop_sum(items):
    t = 0
    for x in items:
        t = t + x
    return t


print(loop_sum(range(10)), loop_sum([1, 2.5, 3]), loop_sum(range(BIG - 3, BIG + 3)))
print(loop_sum(range(-5, 5, 3)), loop_sum([]), loop_sum(x for x in range(4)))
