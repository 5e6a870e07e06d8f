# Ranges at the ends of the 64-bit range: len() raises CPython's
# OverflowError beyond 2**63 - 1 items; indexing, membership and iteration
# stay exact.
M = 9223372036854775807
m = -M - 1
tests = [
    lambda: len(range(m, M)), lambda: len(range(0, M)), lambda: len(range(m, 0)),
    lambda: len(range(m, 1)), lambda: len(range(M, m, -1)), lambda: len(range(m, M, 2)),
    lambda: len(range(m, M, 4611686018427387904)), lambda: len(range(0, M, 3)),
    lambda: range(m, M)[4611686018427387904], lambda: range(m, M)[-1], lambda: range(m, M)[m],
    lambda: range(m, M)[-M], lambda: range(m, M)[M], lambda: range(0, 10)[4611686018427387904],
    lambda: list(range(M - 2, M)), lambda: list(range(m + 2, m, -1)), lambda: (M - 1) in range(m, M),
    lambda: M in range(m, M), lambda: (M - 1) in range(m, M, 2), lambda: m in range(M, m - 0, m),
    lambda: bool(range(m, M)), lambda: next(reversed(range(m, M))), lambda: next(iter(range(m, M))),
    lambda: len(range(-5, M, M)), lambda: range(m, M, 3)[-1], lambda: range(m, M, M)[1],
    lambda: len(range(m, M, M)), lambda: list(range(m, M, M)), lambda: list(range(M, m, m)),
    lambda: list(reversed(range(M, m, m))), lambda: len(range(M, m, m)), lambda: range(1, 10, 2)[-1],
    lambda: list(range(M, M - 3, -1)), lambda: list(range(0, M)[M - 2:]),
    lambda: range(m, M) == range(m, M), lambda: range(0, M)[::-1][0],
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except (OverflowError, IndexError, ValueError) as e:
        print(i, type(e).__name__, e)
