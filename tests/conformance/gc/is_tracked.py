import gc
print(gc.is_tracked(1), gc.is_tracked(10 ** 12), gc.is_tracked(1.5))
print(gc.is_tracked("string"), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([]), gc.is_tracked([1, 2]))
def f():
    return 1
print(gc.is_tracked(f))
def outer():
    x = []
    def inner():
        return x
    return inner
print(gc.is_tracked(outer()))
print(gc.is_tracked({"a": []}))
