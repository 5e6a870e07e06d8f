MAX = 9223372036854775807
MIN = -MAX - 1
cases = [
    ("max + 1", lambda: MAX + 1),
    ("min - 1", lambda: MIN - 1),
    ("max * 2", lambda: MAX * 2),
    ("3037000500 ** 2", lambda: 3037000500 ** 2),
    ("3037000500 * 3037000500", lambda: 3037000500 * 3037000500),
    ("2 ** 63", lambda: 2 ** 63),
    ("10 ** 19", lambda: 10 ** 19),
    ("-min", lambda: -MIN),
    ("abs(min)", lambda: abs(MIN)),
    ("min // -1", lambda: MIN // -1),
    ("min * -1", lambda: MIN * -1),
    ("sum", lambda: sum([MAX, 1])),
    ("max - min", lambda: MAX - MIN),
]
for label, f in cases:
    try:
        print(label, "=", f())
    except OverflowError as e:
        print(label, "->", type(e).__name__ + ":", e)
print("-2 ** 63 via MIN:", MIN)
print("min % -1 =", MIN % -1)
print("(-2) ** 63 =", (-2) ** 63)
print("3037000499 ** 2 =", 3037000499 ** 2)
