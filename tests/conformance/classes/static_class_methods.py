class Temp:
    scale = "C"

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @staticmethod
    def valid(d):
        return d > -273

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


class Kelvin(Temp):
    scale = "K"


t = Temp.from_f(212)
print(t.deg, Temp.valid(-300), t.valid(10), Temp.describe(), Kelvin.describe())
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, k.describe())
sm = Temp.__dict__["valid"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(5), cm.__func__(Temp, 50).deg)
print(staticmethod(len)("abc"))
