# Float arithmetic and comparisons through warmed sites (plain and fused
# forms), with small ints on either side, temporaries whose boxes take the
# result, values that must not change under a shared reference, signed
# zeros, NaN, infinities and the int/float boundary at 2**53.
import math


def axpy(a, x, y):
    return a * x + y


def poly(x):
    acc = 0.0
    for k in range(1, 6):
        acc = acc * x + k
    return acc


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def ops(a, b):
    return a + b, a - b, a * b, a / b


for i in range(300):
    axpy(1.5, i, 0.25)
print(axpy(1.5, 3, 0.25), axpy(2, 0.5, 1), axpy(0.1, 0.2, 0.3))
print(poly(0.5), poly(2), poly(-1.25))
print(mean([0.1] * 10), mean(list(range(7))), mean([1e308, 1e308]))
for a, b in [(1.5, 2), (2, 1.5), (0.1, 0.2), (-0.0, 2.0), (1e308, 1e-308), (7, 3.0)]:
    print(ops(a, b))

# a temporary's box takes the result; a shared float never changes
x = 1.5
y = x + 1.0
z = x * 2
print(x, y, z)
keep = [0.5, 0.25]
s = keep[0] + keep[1]
t = keep[0] * 4
print(keep, s, t)
u = 2.0
v = u
u += 1.0
print(u, v, u is v)
w = (x + 1.0) * (x - 1.0) + (x / 2.0)
print(w, x)
d = {'k': 3.5}
d['k'] += 1
print(d)
pair = (0.5, 1.5)
print(pair[0] + pair[1], pair)

# signed zeros
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * 1, 0 * -1.0, -0.0 + -0.0)
print(math.copysign(1, -0.0 * 5), math.copysign(1, 0.0 - 0.0), math.copysign(1, -0.0 / 3))
print(-0.0 == 0.0, -0.0 < 0.0, 0.0 <= -0.0, -0.0 != 0, repr(-0.0 * 1))

# NaN and infinities
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1.0, nan > 1, nan <= nan, nan >= 0, 1 < nan)
print(nan + 1, inf - inf, inf * 0, inf + 1, -inf * 2, 1e308 * 10, -1e308 * 10)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == 2 ** 62)
count = 0
for q in [1.0, nan, 2.0, nan, -inf, inf]:
    if q < 1.5:
        count += 1
    if q != q:
        count += 10
print(count)

# the int/float boundary: 2**53 + 1 has no float
big = 2 ** 53
print(big + 1 == float(big), big + 1 > float(big), float(big) < big + 1)
print(big == float(big), big - 1 < float(big), -big - 1 < -float(big))
print((big + 1) + 0.0, (big + 1) * 1.0, 2 ** 62 - 1 + 0.5, -(2 ** 62) - 0.5)
print(2 ** 70 + 1.5, 1.5 - 2 ** 70, 2 ** 62 == 2.0 ** 62, 2 ** 62 + 1 == 2.0 ** 62)
print(3 / 2.0, 7.0 / 2, 1 / 3.0, 2 ** 62 / 2.0)

# division by zero and overflow from float operations
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-2.5, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for f in (lambda: 2.0 ** 5000, lambda: 10 ** 400 * 1.0, lambda: 1.5 + 10 ** 400,
          lambda: math.exp(1000), lambda: float(10 ** 400), lambda: 1e308 // 1e-308,
          lambda: 5.0 % 0, lambda: 5.0 // 0.0):
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# bools are not floats: they take the generic path and act as ints
print(True + 0.5, False * 2.5, 1.5 - True, True / 2.0, True < 1.5, False == 0.0)
