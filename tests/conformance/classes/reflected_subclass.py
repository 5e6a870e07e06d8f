class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("Num.add", self.v, getattr(o, "v", o))

    def __radd__(self, o):
        return ("Num.radd", self.v, getattr(o, "v", o))

    def __lt__(self, o):
        return ("Num.lt",)

    def __gt__(self, o):
        return ("Num.gt",)


class Sub(Num):
    def __radd__(self, o):
        return ("Sub.radd", self.v, getattr(o, "v", o))

    def __gt__(self, o):
        return ("Sub.gt",)


print(Num(1) + Num(2))
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(5 + Num(3), Num(3) + 5)
print(Num(1) < Sub(2), Num(1) < Num(2), 3 < Num(1))
