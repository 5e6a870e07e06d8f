def make_router(routes):
    def route(request):
        match request:
            case ("GET", path) if path in routes:
                return routes[path]()
            case ("GET", path):
                return f"404 {path}"
            case ("POST", path, body):
                handler = lambda: f"posted {body!r} to {path}"
                return handler()
            case (method, *_):
                return f"405 {method}"
    return route

r = make_router({"/": lambda: "home", "/about": lambda: "about"})
for req in [("GET", "/"), ("GET", "/x"), ("POST", "/f", {"a": 1}), ("DELETE", "/", 1, 2)]:
    print(r(req))

def tokens(text):
    out = []
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/" as op:
                out.append(("op", op))
            case w if w.isdigit():
                out.append(("num", int(w)))
            case w:
                out.append(("name", w))
    return out
print(tokens("x + 12 * y"))

def counters():
    fs = []
    for spec in [("inc", 1), ("inc", 5), ("dec", 2)]:
        match spec:
            case ("inc", n):
                fs.append(lambda v, n=n: v + n)
            case ("dec", n):
                fs.append(lambda v, n=n: v - n)
    return [f(10) for f in fs]
print(counters())

match = {"match": 1}
case = [2]
print(match["match"], case[0])
def match_fn(x): return x * 2
print(match_fn(3))
match (1, 2):
    case (a, b):
        print("tuple subject", a, b)
x, y = 1, 2
match x, y:
    case 1, 2:
        print("open tuple subject")
match [1, 2, 3]:
    case [1, *rest]:
        print("rest", rest)
from collections import defaultdict
d = defaultdict(list, {"a": 1})
match d:
    case {"b": _}:
        print("has b")
    case {"a": v}:
        print("a is", v, sorted(d))
match {"x": 1, "y": 2, "z": 3}:
    case {"x": 1, **others}:
        print(others)
match "abc":
    case [*chars]:
        print("str is a sequence?!")
    case str() as s:
        print("str is not a sequence", s)
