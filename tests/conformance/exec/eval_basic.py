x = 10
print(eval("x + 1"), eval("  [i * x for i in range(3)]"))
print(eval("len('abc') * 2"), eval("(lambda v: v + x)(5)"))
g = {"a": 2}
print(eval("a * 3", g), eval("a + b", g, {"b": 40}))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
