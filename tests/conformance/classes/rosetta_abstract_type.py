class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Sq(Abstract):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Unfinished(Abstract):
    pass


print(Sq(3).describe())
try:
    Unfinished().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
Unfinished().describe()
