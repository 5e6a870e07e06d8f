# Free variables are read through the defining scope's cells at call time:
# a cell rebound after the closure was made is seen by the closure, by its
# siblings and by closures made later, whatever call path reaches them.


def outer():
    x = 1

    def get():
        return x

    def get_twice(a, b):
        return x * a + x * b

    first = get()
    x = 10
    second = get()
    x = "s"
    third = get()
    return first, second, third, get_twice(2, 3)


print(outer())


def many_cells():
    a, b, c, d = 1, 2, 3, 4

    def f(k):
        return a + b * k + c * k * k + d

    out = [f(1)]
    a, d = 100, 1000
    out.append(f(2))
    b = c = 0
    out.append(f(3))
    return out


print(many_cells())


def loop_cells():
    fs = []
    for i in range(4):
        def f():
            return i
        fs.append(f)
    # every closure shares the one cell of i
    return [g() for g in fs]


print(loop_cells())


def keyword_and_default_calls():
    base = 5

    def f(a, b=2, *, c=3):
        return base + a * 100 + b * 10 + c

    r = [f(1), f(1, 4), f(1, c=7), f(*[2, 3]), f(**{"a": 4, "b": 5, "c": 6})]
    base = 50
    r.append(f(1))
    return r


print(keyword_and_default_calls())


def recursion_through_cell():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    r = [fact(10)]

    def other(n):
        return -n

    fact_saved = fact
    fact = other  # the recursive call now reaches `other`
    r.append(fact_saved(5))
    return r


print(recursion_through_cell())
