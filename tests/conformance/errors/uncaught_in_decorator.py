def logged(f):
    def wrapper(*args):
        print("calling", f.__name__, args)
        return f(*args)
    return wrapper
@logged
def pick(xs, i):
    return xs[i]
print(pick([1, 2], 1))
print(pick((1, 2), 2))
