def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(y * 10)
    return middle(x * 10)
print(outer(1))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3))
print(ops["add"].__name__, ops["add"].__qualname__)
def helper_user(xs):
    def helper(v):
        return v * v
    return [helper(v) for v in xs]
print(helper_user([1, 2, 3]))
