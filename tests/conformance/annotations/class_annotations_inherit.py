class Base:
    a: int
    b: str = "b"


class Child(Base):
    c: float = 1.0


print(Base.__annotations__, Child.__annotations__, Child.b, Child.c)
print(hasattr(Child, "a"))


def f(x: "Base", *, y: int = 3) -> "Child":
    return x


print(f.__annotations__, f(1))
x: int
print(__annotations__)
