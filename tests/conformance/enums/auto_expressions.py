# auto() members used in expressions inside the class body (RW = R | W), in Flag, IntFlag,
# Enum and IntEnum classes.
from enum import Enum, Flag, IntEnum, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
    NOT_X = ALL & ~X


print(list(Perm), Perm.RW, repr(Perm.ALL), Perm.NOT_X is Perm.RW, Perm.R | Perm.W is Perm.RW)
print([m.value for m in Perm.__members__.values()], Perm(6), Perm.ALL ^ Perm.R)


class Bits(IntFlag):
    ONE = auto()
    TWO = auto()
    BOTH = ONE | TWO
    SHIFTED = TWO * 4


print(Bits.BOTH, int(Bits.BOTH), Bits.SHIFTED.value, Bits.BOTH & 1, repr(Bits(3)))


class Step(IntEnum):
    FIRST = auto()
    SECOND = auto()
    LAST = SECOND + 10
    BEFORE = LAST - 1


print([(m.name, m.value) for m in Step], Step.LAST > Step.SECOND, Step(11))


class Color(Enum):
    RED = auto()
    GREEN = auto()
    ALIAS = RED + 0


print(list(Color), Color.ALIAS is Color.RED, Color(1), Color.__members__.keys())
