class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("caught", repr(s.caught))
with Suppress(ZeroDivisionError, ValueError) as s:
    int("x")
print("caught", s.caught)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("passed through:", e)


def f():
    for i in range(5):
        with Suppress(ValueError):
            if i == 1:
                continue
            if i == 3:
                return i
            raise ValueError(i)
    return -1


print(f())
