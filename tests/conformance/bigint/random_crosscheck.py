# randomized cross-check of big-int arithmetic against CPython: operands
# around limb and word boundaries (2**32, 2**63, 2**64, 2**128) and random
# sizes up to a few thousand bits, both signs; every result goes into a
# per-operation digest (any wrong bit changes it) and a few are printed
import random

rng = random.Random(20261206)
M = 2**61 - 1


def edge_values():
    vals = [0, 1, 2, 3, 7, 10]
    for k in (31, 32, 33, 62, 63, 64, 65, 95, 96, 127, 128, 129, 191, 192, 193, 255, 256, 1000):
        for d in (-1, 0, 1):
            vals.append(2**k + d)
    vals.append(10**19)
    vals.append(10**19 - 1)
    vals.append(3**200)
    return vals + [-v for v in vals if v]


def rand_value():
    kind = rng.randrange(4)
    bits = rng.choice((8, 31, 63, 64, 65, 100, 127, 128, 200, 640, 2000, 3000))
    if kind == 0:
        v = rng.getrandbits(bits)
    elif kind == 1:  # long runs of ones and zeros: carries across limbs
        v = (1 << bits) - 1 - (rng.getrandbits(bits // 2) << rng.randrange(bits // 2 + 1))
    elif kind == 2:
        v = (1 << bits) + rng.getrandbits(16)
    else:
        v = rng.getrandbits(bits) | (1 << bits)
    return -v if rng.random() < 0.4 else v


digests = {}


def note(op, r):
    if isinstance(r, tuple):
        for x in r:
            note(op, x)
        return
    if isinstance(r, float):
        r = hash(r)
    digests[op] = (digests.get(op, 0) * 1000003 + (r % M) + r.bit_length()) % M


values = edge_values() + [rand_value() for _ in range(90)]
pairs = [(a, b) for a in values[::4] for b in values[::5]]
pairs += [(rand_value(), rand_value()) for _ in range(800)]
for a, b in pairs:
    note("add", a + b)
    note("sub", a - b)
    note("mul", a * b)
    note("cmp", (a < b) * 4 + (a == b) * 2 + (a >= b))
    note("and", a & b)
    note("or", a | b)
    note("xor", a ^ b)
    note("hash", hash(a) ^ hash(b))
    if b:
        note("floordiv", a // b)
        note("mod", a % b)
        note("divmod", divmod(a, b))
        try:
            note("truediv", a / b)
        except OverflowError:
            note("truediv", -1)
    s = abs(b) % 300
    note("lshift", a << s)
    note("rshift", a >> s)
    note("rshift_big", a >> (s * 7))
for a in values:
    note("neg", (-a, ~a, abs(a)))
    note("bits", (a.bit_length(), a.bit_count() if hasattr(a, "bit_count") else 0))
    note("str", int(str(abs(a))[::-1]))
    note("hex", len(hex(a)) + len(oct(a)) + len(bin(a)))
    note("parse", int(hex(a), 16) + int(oct(a), 8) + int(bin(a), 2) + int(str(a)))
    note("base36", int(format(abs(a), "x"), 36) % M)
    note("float", hash(float(a)) if a.bit_length() < 1000 else 0)
    note("bytes", int.from_bytes(a.to_bytes((a.bit_length() + 8) // 8, "little", signed=True), "big", signed=True))
for k in range(300):
    a, m = rand_value(), rand_value() or 7
    e = rng.getrandbits(rng.choice((1, 5, 64, 65, 127, 300)))
    note("powmod", pow(a, e, m))
    if m % 2:
        note("powmod_odd", pow(a, e, abs(m)))
    try:
        note("powinv", pow(a, -1, m))
    except ValueError:
        note("powinv", 0)
    note("pow", a ** rng.randrange(12))
for op in sorted(digests):
    print(op, digests[op])
print(sum(1 for _ in pairs), len(values))
print(pairs[-1][0] * pairs[-1][1])
print(divmod(pairs[-2][0], pairs[-2][1] or 3))
