class Borg:
    __state = {}

    def __init__(self):
        self.__dict__ = self.__state


class Single(Borg):
    pass


a, b = Single(), Single()
a.datum = "shared"
print(b.datum, a is b, a.__dict__ is b.__dict__)
b.other = 2
print(sorted(vars(a)))
