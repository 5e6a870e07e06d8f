depth = 0
def trace(f):
    def wrapper(*args, **kwargs):
        global depth
        parts = [repr(a) for a in args] + [k + "=" + repr(v) for k, v in kwargs.items()]
        print("  " * depth + "-> " + f.__name__ + "(" + ", ".join(parts) + ")")
        depth += 1
        r = f(*args, **kwargs)
        depth -= 1
        print("  " * depth + "<- " + repr(r))
        return r
    return wrapper
@trace
def fib(n, memo=None):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)
@trace
def kw(a, *rest, **opts):
    return len(rest) + len(opts)
kw("x", 1, 2, flag=True, name="n")
