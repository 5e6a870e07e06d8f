# int() of objects: __int__, then __index__, then (deprecated in 3.11,
# with a DeprecationWarning) __trunc__; the results are checked.
class OnlyTrunc:
    def __trunc__(self):
        return 9


class OnlyIndex:
    def __index__(self):
        return 5


class TruncToIndex:
    def __trunc__(self):
        return OnlyIndex()


class TruncToFloat:
    def __trunc__(self):
        return 2.5


class BadInt:
    def __int__(self):
        return "no"


class BadFloat:
    def __float__(self):
        return 1


class Small(int):
    pass


class GivesSubclass:
    def __int__(self):
        return Small(4)


for obj in (OnlyTrunc(), OnlyIndex(), TruncToIndex(), TruncToFloat(), BadInt(), GivesSubclass()):
    try:
        v = int(obj)
        print(type(obj).__name__, type(v).__name__, v)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
