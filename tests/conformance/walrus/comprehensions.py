# In a comprehension the target binds in the enclosing function or module
xs = [y for x in range(5) if (y := x * 2) > 2]
print(xs, y)
print([len(s) for s in ["ab", "cde"] if (n2 := len(s)) > 2], n2)
g = (w := c for c in "abc")
print(list(g), w)
print(sum(x for x in range(4) if (last := x)), last)


def running_total(values):
    total = 0
    out = [total := total + v for v in values]
    return out, total


print(running_total([1, 2, 3]))


def nested():
    grid = [[(z := i * j) for j in range(3)] for i in range(3)]
    return grid, z


print(nested())


def captured():
    hits = [last := i for i in range(3)]

    def inner():
        return last

    return hits, inner()


print(captured())


def globals_too():
    global gz
    [gz := i for i in range(2)]


globals_too()
print(gz)


def through_nonlocal():
    v = 0

    def inner():
        nonlocal v
        [v := v + i for i in range(4)]

    inner()
    return v


print(through_nonlocal())


def lambda_scope():
    fs = [lambda: (t := 5) for _ in range(2)]
    return [f() for f in fs]


print(lambda_scope())
first = next((word for word in ["x", "long", "longer"] if len(found := word) > 3), None)
print(first, found)
