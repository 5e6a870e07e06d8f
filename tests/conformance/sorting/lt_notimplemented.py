# When every key is an instance of one class, the sort asks that class's __lt__ first and
# only on NotImplemented the whole comparison (__lt__ again, then the reflected __gt__),
# as CPython's sort does; keys of mixed classes get the whole comparison at once.
from functools import total_ordering

log = []


class Shy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append("lt %s %s" % (self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        log.append("gt %s %s" % (self.v, other.v))
        return self.v > other.v


class Shier(Shy):
    pass


print([x.v for x in sorted([Shy(3), Shy(1), Shy(2)])], log)
log.clear()
print([x.v for x in sorted([Shy(3), Shier(1), Shy(2)])], log)
log.clear()


@total_ordering
class Version:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        log.append("gt %s %s" % (self.v, other.v))
        if other.v is None:
            return NotImplemented
        return self.v > other.v


print([x.v for x in sorted([Version(2), Version(5), Version(1), Version(4)])], log)
log.clear()


class Neither:
    def __init__(self, v):
        self.v = v


try:
    sorted([Neither(1), Neither(2)])
except TypeError as e:
    print(e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append("lt %s %s" % (self.v, other.v))
        return [1] if self.v < other.v else []


print([x.v for x in sorted([Truthy(2), Truthy(1), Truthy(3)])], log)
