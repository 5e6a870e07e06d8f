# copy and deepcopy of what has no __copy__: the reduce protocol, as CPython
# (a class's own __reduce__/__reduce_ex__, else __getnewargs__, __getstate__/
# __setstate__, the __dict__ and __slots__, a list or dict subclass's items).
import copy
from collections import Counter, OrderedDict, defaultdict, namedtuple
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta


class Slots:
    __slots__ = ("a", "b", "__private")

    def __init__(self):
        self.a = [1]
        self.__private = "p"


class Cached:
    def __init__(self):
        self.data = [1, 2]
        self.cache = {"expensive": True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Doubling:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Doubling, (self.v * 2,))


class Tagged(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


class Registry(dict):
    pass


Point = namedtuple("Point", "x y")


@dataclass
class Event:
    name: str
    when: date
    span: timedelta = timedelta(hours=1)
    tags: list = field(default_factory=list)


objs = [date(2020, 1, 2), datetime(2021, 3, 4, 5, 6), timedelta(days=2, seconds=5),
        Point(1, [2]), Counter("abca"), OrderedDict(b=[1], a=2), defaultdict(list, k=[3]),
        Tagged([1, [2]]), Registry(x=[1])]
for o in objs:
    for f in (copy.copy, copy.deepcopy):
        y = f(o)
        inner = y[-1] if isinstance(y, (list, tuple)) else None
        print(f.__name__, type(y).__name__, y, y == o, y is o,
              inner is (o[-1] if isinstance(o, (list, tuple)) else None),
              getattr(y, "default_factory", "-"), getattr(y, "tag", "-"))
s = Slots()
s2, s3 = copy.copy(s), copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, s3._Slots__private, hasattr(s3, "b"))
c = copy.deepcopy(Cached())
print(c.data, c.cache, copy.copy(Cached()).cache)
print(copy.deepcopy(Doubling(3)).v, copy.copy(Doubling(5)).v)
e = Event("launch", date(2024, 5, 6), tags=["a"])
print(asdict(e))
e2 = copy.deepcopy(e)
print(e2 == e, e2.tags is e.tags, e2.when == e.when)
r = Registry(a=1)
r.note = [1]
r2 = copy.deepcopy(r)
print(r2, r2.note, r2.note is r.note, type(r2).__name__)


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as ex:
        print(f.__name__, "TypeError", ex)
