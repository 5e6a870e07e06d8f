# An exception class may say how true its instances are: a validator returns a
# failure object that is an exception and false (`if not check(v): ...`), and a
# collecting error is as long as the errors it holds.


class Failure(Exception):
    def __init__(self, func, args):
        self.func = func
        self.__dict__.update(args)

    def __bool__(self):
        return False

    def __repr__(self):
        return "Failure(%s, %s)" % (self.func, sorted(k for k in vars(self) if k != "func"))


class Errors(ValueError):
    def __init__(self, *errors):
        super().__init__("%d errors" % len(errors))
        self.errors = list(errors)

    def __len__(self):
        return len(self.errors)


class BadBool(KeyError):
    def __bool__(self):
        return 1


def check_even(v):
    return True if v % 2 == 0 else Failure("check_even", {"value": v})


for v in (2, 3):
    r = check_even(v)
    print(v, bool(r), "ok" if r else "failed: %r" % (r,), not r)

e = Errors("a", "b")
print(bool(e), len(e), bool(Errors()), e, [x for x in [Errors(), Errors(1)] if x])
print(bool(ValueError()), bool(ValueError("")), bool(Exception(0)))
try:
    len(ValueError("x"))
except TypeError as ex:
    print("TypeError", ex)
try:
    bool(BadBool())
except TypeError as ex:
    print("TypeError", ex)
try:
    raise Errors()
except Errors as caught:
    print("caught", caught or "empty", len(caught))
print(all([Errors(1), Errors(2, 3)]), any([Errors(), Failure("f", {})]))
