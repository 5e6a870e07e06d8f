import gc
gc.disable()
def make_cycles(n):
    for i in range(n):
        a = {"i": i}
        b = {"a": a}
        a["b"] = b
def closure_cycle():
    def f():
        return f
    return None
make_cycles(100)
for _ in range(50):
    closure_cycle()
print(gc.collect() > 0)
gc.enable()
print(gc.isenabled())
