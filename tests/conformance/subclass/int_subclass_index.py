# An instance of an int subclass (an IntEnum member) indexes and slices
# sequences as its value; int and float have __int__, __float__, __abs__ and
# int has __index__, as methods a subclass inherits.
from collections import deque
from enum import IntEnum


class Col(IntEnum):
    NAME = 0
    AGE = 1


class I(int):
    pass


class F(float):
    pass


row = ["ann", 31, "x"]
print(row[Col.AGE], "xy"[Col.NAME], ("a", "b")[Col.AGE], range(5, 10)[Col.AGE], b"ab"[I(1)])
row[Col.NAME] = "bob"
print(row, row[I(0):I(2)], row[:Col.AGE], "hello"[I(1):I(4):I(2)], [1, 2, 3, 4][::I(2)])
del row[Col.NAME]
print(row)
d = deque([1, 2, 3])
d[I(1)] = 20
print(d[Col.AGE], d)
ba = bytearray(b"abc")
ba[I(0)] = 65
print(ba)


class Idx:
    def __index__(self):
        return 1


print([5, 6, 7][Idx():], "abc"[:Idx()])
print(I(5).__int__(), F(-2.5).__abs__(), (3).__float__(), (2.7).__int__(), I(4).__index__())
print((-7).__abs__(), type(I(5).__int__()).__name__, hasattr(2.5, "__index__"), hasattr(1, "__float__"))
print(abs(I(-3)), round(F(2.5)), int(F(3.9)), float(I(2)), [hasattr(x, "__int__") for x in (1, 1.5, "1")])
