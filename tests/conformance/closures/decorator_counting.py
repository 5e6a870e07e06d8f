def counted(f):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return f(*args, **kwargs)
    def count():
        return calls
    wrapper_count[f.__name__] = count
    return wrapper
wrapper_count = {}
@counted
def add(a, b=0):
    return a + b
@counted
def neg(x):
    return -x
print(add(1), add(1, 2), add(a=5, b=5))
print(neg(3))
print({k: v() for k, v in wrapper_count.items()})
