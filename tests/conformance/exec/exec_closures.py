registry = {}
exec("""
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x
""")
print(registry["sq"](9), sorted(registry))
ns = {}
exec("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n", ns)
inc = ns["counter"]()
print(inc(), inc(), inc())
gen_ns = {}
exec("def gen(k):\n    for i in range(k):\n        yield i * i\n", gen_ns)
print(list(gen_ns["gen"](4)))
