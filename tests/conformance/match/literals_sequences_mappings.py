def kind(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case "hello" "!":
            return "greeting"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s):
            return f"str {s}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **rest}:
            return f"typed {t} rest {rest}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(v).__name__}"

for v in [None, True, False, 0, 0.0, -1, "hello!", 500, 7, 2.5, "abc", [], (), [1], (1, 2),
          [1, 2, 3, 4], range(3), {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3},
          {"other": 1}, {1, 2}, object]:
    print(repr(v) if not isinstance(v, type) else "object", "->", kind(v))
