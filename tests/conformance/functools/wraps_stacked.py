from functools import wraps

def twice(f):
    @wraps(f)
    def inner(*a):
        return f(f(*a))
    return inner

def traced(f):
    depth = [0]
    @wraps(f)
    def inner(*a):
        depth[0] += 1
        try:
            return f(*a)
        finally:
            depth[0] -= 1
    inner.depth = depth
    return inner

@traced
@twice
def inc(x):
    "increment"
    return x + 1

print(inc(1), inc.__name__, inc.__doc__)
print(inc.__wrapped__.__name__, inc.__wrapped__.__wrapped__(5))
print(inc.depth)
