# Operators between number literals: the values are the operators' own, an
# expression that raises raises at run time (with its traceback, not at
# compile time), and huge results are computed at run time. The constants a
# function keeps show which expressions became one constant.


def consts(f):
    return sorted(repr(c) for c in f.__code__.co_consts if c is not None)


def small():
    return (2**64, 2**63, 2**-1, (-2)**0.5, 1 << 127, -2**2, 2**0.5, 2**64 - 1, True + 1,
            1 + 1j, ~5, -(-7), +3, 7 % 3, -7 // 2, 1 / 3, -0.0, 3 & True, 6 ^ 3, 6 | 9, 1e308 * 10,
            (1 << 64) * (1 << 63), 5 >> 1, True & False, 0 ** 0, 0 << 10**6)


def not_folded():
    return (2**89, 10**38, 2**200, 1 << 128, (1 << 64) * (1 << 64), -(2**70), 3**81, 2.0**1000)


print(small())
print(consts(small))
print(not_folded())
print(consts(not_folded))


def raises_zero_pow():
    return 0**-1


def raises_div():
    return 1 / 0


def raises_floordiv():
    return 7 // 0


def raises_mod():
    return 7 % 0.0


def raises_shift():
    return 1 << -1


def raises_overflow():
    return 2.0**2000


def raises_huge_shift():
    return 1 >> -(2**70)


for f in (raises_zero_pow, raises_div, raises_floordiv, raises_mod, raises_shift, raises_overflow,
          raises_huge_shift):
    print(f.__name__, consts(f))
    try:
        f()
    except (ZeroDivisionError, ValueError, OverflowError) as exc:
        print(" ", type(exc).__name__, exc)

# compile() of an expression that raises compiles, and raises when run
for src in ("0**-1", "1/0", "2**-1", "(-2)**0.5", "10**400 % 7", "-(2**100) // 3"):
    code = compile(src, "<fold>", "eval")
    try:
        print(src, "=", eval(code))
    except ZeroDivisionError as exc:
        print(src, "raises", type(exc).__name__, exc)

# folded values in loops and subscripts
xs = list(range(10))
print(xs[-1], xs[-2**2], xs[2**3 - 10], xs[-3:], [x * 2**4 for x in xs[:3]])
acc = 0
for i in range(2**10):
    acc = (acc + i * (1 << 20)) % (2**61 - 1)
print(acc)
print(0**-1)
