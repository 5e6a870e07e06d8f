ns = {"x": 5}
exec("def f():\n    return x * 2\ndef setx(v):\n    global x\n    x = v\n", ns)
f = ns["f"]
print(f())
ns["setx"](7)
print(f(), ns["x"], "x" in globals())
print(f.__globals__ is ns, globals() is not ns)
gen_ns = {"k": 3}
exec("def gen():\n    for i in range(k):\n        yield i * k\n", gen_ns)
print(list(gen_ns["gen"]()))
exec("def outer():\n    y = k + 1\n    def inner():\n        return y, k\n    return inner\n", gen_ns)
print(gen_ns["outer"]()())
try:
    exec("def broken():\n    return missing\n", gen_ns)
    gen_ns["broken"]()
except NameError as e:
    print("NameError:", e)
