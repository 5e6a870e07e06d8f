# Flags given negative values and inverted members, extra bits named in the
# member's name, and an enum mixed with a data type keeping the enum's repr.
import datetime
from enum import Enum, Flag, IntFlag, KEEP, auto


class Access(IntFlag):
    READ = 4
    WRITE = 2
    RUN = 1


for v in (-1, -3, -5, -8, -9, -100):
    print(v, repr(Access(v)), int(Access(v)))
print(repr(~Access.READ), repr(~Access.RUN), repr(~(Access.READ | Access.WRITE)))
print(repr(~Access(0)), repr(~Access(16)), repr(Access(24)), str(Access(24)))


class Loose(Flag, boundary=KEEP):
    LOW = 1
    HIGH = 8


print(repr(Loose(-1)), repr(~Loose.LOW), repr(Loose(-12)), repr(Loose(19)), repr(Loose(6)))


class Tint(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(repr(~Tint.RED), repr(Tint(-1)), repr(Tint(-2)))


class Span(datetime.timedelta, Enum):
    SHORT = 0, 30
    LONG = 2
    _ignore_ = ()


print(repr(Span.SHORT), repr(Span.LONG), str(Span.LONG), format(Span.SHORT))
print(Span.LONG.days, Span.SHORT + datetime.timedelta(seconds=1))


class Tag(bytes, Enum):
    A = b'a'
    B = b'bb'


print(repr(Tag.B), str(Tag.A), Tag.B[0], len(Tag.B))
