g = {"base": 5}
exec("result = base * 2", g)
print(g["result"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("made = base + 1\nseen = base", g, loc)
print(sorted(loc.items()), "made" in g)
try:
    exec("x = 1", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
