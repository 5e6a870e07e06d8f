registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        cls.reg_name = name
        return cls
    return deco


@register("circle")
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


@register("square")
class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


shapes = [registry[k](2) for k in sorted(registry)]
print([(type(s).__name__, s.reg_name, s.area()) for s in shapes])
