class Celsius:
    def __init__(self, t=0):
        self._t = t

    @property
    def temp(self):
        """The temperature."""
        print("get")
        return self._t

    @temp.setter
    def temp(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._t = v

    @temp.deleter
    def temp(self):
        print("del")
        del self._t

    ro = property(lambda self: 42)


c = Celsius(5)
print(c.temp)
c.temp = 30
print(c.temp, c._t)
try:
    c.temp = -500
except ValueError as e:
    print("error:", e)
del c.temp
print(hasattr(c, "_t"))
print(c.ro)
try:
    c.ro = 1
except AttributeError as e:
    print(e)
try:
    del c.ro
except AttributeError as e:
    print(e)
print(Celsius.temp.__doc__, type(Celsius.temp).__name__)
print(Celsius.temp.fget.__name__, Celsius.temp.fset is not None)
