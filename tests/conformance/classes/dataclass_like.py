class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unknown field {name!r}")
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))

    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.fields}
        values.update(changes)
        return type(self)(**values)


class Point(Record):
    fields = ("x", "y")


class Person(Record):
    fields = ("name", "age")


p = Point(1, y=2)
print(p, p == Point(1, 2), p == Person(1, 2), p.replace(y=5))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Person(nick="x")
except TypeError as e:
    print(e)
people = sorted([Person("b", 3), Person("a", 9)], key=lambda r: r.name)
print(people)
