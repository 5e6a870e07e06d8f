def f(a: int, b: "B" = 2, *args: str, k: float = 1.0, **kw: dict) -> bool:
    inner: int = 5
    return inner


print(f.__annotations__)
print(f(1))


def g(x, y):
    return x


print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)


def outer():
    T = int

    def h(v: T) -> T:
        return v
    return h


print(outer().__annotations__)
h = lambda v: v
print(h.__annotations__)
