def classify(event):
    match event:
        case {"kind": "click" | "tap" as how, "pos": (x, y)} if x >= 0 and y >= 0:
            return f"{how} at {x},{y}"
        case {"kind": "click" | "tap"}:
            return "offscreen"
        case {"kind": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"kind": "key", "key": ("Shift" | "Ctrl") as mod}:
            return f"modifier {mod}"
        case [("a" | "b") as first, *_] | (("a" | "b") as first, *_):
            return f"starts with {first}"
        case [[x, y], [x2, y2]] if (dx := x2 - x) and (dy := y2 - y):
            return f"segment {dx} {dy}"
        case _:
            return "ignored"

events = [
    {"kind": "click", "pos": (3, 4)},
    {"kind": "tap", "pos": (-1, 4)},
    {"kind": "key", "key": "q"},
    {"kind": "key", "key": "Shift"},
    {"kind": "key", "key": "Enter"},
    ["a", 1, 2],
    ("b",),
    [[0, 0], [3, 4]],
    [[0, 0], [0, 4]],
]
for e in events:
    print(classify(e))

def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+" | "-" | "*" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case other:
            raise ValueError(f"bad expression {other!r}")

print(evaluate(("let", "x", 5, ("+", ("*", "x", 2), ("neg", 3))), {}))
try:
    evaluate(("?", 1), {})
except ValueError as e:
    print(e)
