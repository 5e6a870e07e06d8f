class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.made = 0
        return cls._inst

    def __init__(self, tag):
        self.made += 1
        self.tag = tag


a = Singleton("a")
b = Singleton("b")
print(a is b, a.made, a.tag)


class Pos:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        self = object.__new__(cls)
        self.v = v
        return self


print(Pos(3).v, Pos(-1))


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(e)


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
