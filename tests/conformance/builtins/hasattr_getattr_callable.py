xs = [1, 2]
print(hasattr(xs, "append"), hasattr(xs, "nope"), hasattr("s", "upper"))
append = getattr(xs, "append")
append(3)
print(xs)
print(getattr("abc", "upper")())
print(getattr(xs, "missing", "fallback"))
try:
    getattr(xs, "missing")
except AttributeError as e:
    print("AttributeError:", e)
def f():
    return 1
print(getattr(f, "__name__"), hasattr(f, "__closure__"), hasattr(f, "__code__"))
print(callable(f), callable(xs.append), callable(len), callable(xs), callable(None), callable(int))
d = {"k": 1}
print(getattr(d, "get")("k"), list(getattr(d, "keys")()))
