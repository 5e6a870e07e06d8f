# object.__new__ and object.__init__ refuse extra arguments as CPython's do:
# each accepts them only when the class overrides the other one
def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", type(r).__name__)
    except TypeError as e:
        print(name, "->", e)


class Plain:
    pass


class InitOnly:
    def __init__(self, x):
        self.x = x


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)


class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class Both:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, *a):
        super().__init__(*a)


class InitPassesArgs:
    def __init__(self, *a):
        super().__init__(*a)


class ObjectInitKept:
    __init__ = object.__init__

    def __new__(cls, *a):
        return object.__new__(cls)


attempt("Plain(1)", lambda: Plain(1))
attempt("Plain(x=1)", lambda: Plain(x=1))
attempt("object(1)", lambda: object(1))
attempt("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
attempt("object.__new__(Plain, x=1)", lambda: object.__new__(Plain, x=1))
attempt("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))
attempt("InitOnly(1)", lambda: InitOnly(1))
attempt("object.__new__(InitOnly, 1)", lambda: object.__new__(InitOnly, 1))
attempt("NewOnly(1)", lambda: NewOnly(1))
attempt("object.__init__(NewOnly(1), 1)", lambda: object.__init__(NewOnly(1), 1))
attempt("NewPassesArgs(1)", lambda: NewPassesArgs(1))
attempt("NewPassesArgs()", lambda: NewPassesArgs())
attempt("Both(1)", lambda: Both(1))
attempt("Both()", lambda: Both())
attempt("InitPassesArgs(1)", lambda: InitPassesArgs(1))
attempt("ObjectInitKept(1)", lambda: ObjectInitKept(1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(1)", lambda: object.__new__(1))
attempt("object.__new__()", lambda: object.__new__())
