class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    computed = 0

    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        Circle.computed += 1
        return 3 * self.r * self.r

    @property
    def diameter(self):
        return 2 * self.r


c = Circle(2)
print(c.area, c.area, Circle.computed, c.diameter, "area" in vars(c))
c.r = 10
print(c.area, c.diameter, type(Circle.area).__name__)
del c.area
print(c.area, Circle.computed)
