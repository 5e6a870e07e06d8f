def apply(f, *args):
    return f(*args)
print(apply(len, "hello"))
print(apply(max, 3, 8, 1))
print(apply(lambda: 42))
funcs = [abs, str, len]
print([f(-3) if f is not len else f("ab") for f in funcs])
table = {"double": lambda x: x * 2, "neg": lambda x: -x}
for name in table:
    print(name, table[name](21))
def pipeline(value, *fs):
    for f in fs:
        value = f(value)
    return value
print(pipeline(3, lambda x: x + 1, lambda x: x * 10, str, len))
print(callable(apply), callable(len), callable(3), callable("x"), callable(lambda: 0))
print(type(apply).__name__)
