# Instances of builtin subclasses in reference cycles are freed by the collector.
import gc
import weakref


class Registry(dict):
    pass


class Items(list):
    pass


def build():
    reg = Registry()
    items = Items([reg])
    reg["items"] = items
    reg["self"] = reg
    return weakref.ref(reg), weakref.ref(items)


gc.disable()
r1, r2 = build()
print(r1() is not None, r2() is not None, type(r1()).__name__)
gc.collect()
print(r1(), r2())
gc.enable()
