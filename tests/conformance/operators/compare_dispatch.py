# Rich comparisons: which side is asked first, what a class inherits for
# __ne__, and what happens when every side answers NotImplemented.


class Level(int):
    def __eq__(self, other):
        print("  Level.__eq__", type(other).__name__)
        return int(self) == other

    __hash__ = int.__hash__


print("int's __ne__ is inherited, not __eq__ inverted:")
print(Level(1) != 2.5, Level(1) != 1)
print("float compares an int subclass itself:")
print(2.5 == Level(1))
print("a subclass of int is asked first by int:")
print(1 == Level(1))


class Loud(int):
    def __gt__(self, other):
        print("  Loud.__gt__")
        return True


print(2.5 < Loud(1), 1 < Loud(1))


class Node:
    def __eq__(self, other):
        print("  Node.__eq__ on", type(self).__name__)
        return NotImplemented


class Leaf(Node):
    pass


print("a subclass is asked first even without its own method:")
print(Node() == Leaf())
print(Leaf() == Node())
print(Node() != Leaf())


class Opaque:
    def __eq__(self, other):
        return "opaque-eq"


print("object's __ne__ inverts __eq__:", Opaque() != Opaque())


class Shy(float):
    def __lt__(self, other):
        print("  Shy.__lt__")
        return NotImplemented


for expr in (lambda: Shy(1.0) < 2, lambda: 2 > Shy(1.0), lambda: Shy(1.0) < 2.0):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print((1 + 2j) == Level(1))
try:
    (1 + 2j) < Level(1)
except TypeError as e:
    print("TypeError:", e)


class Name(str):
    pass


print(Name("a") < "b", "b" > Name("a"), Name("a") == "a", [1] == (1,), Name("x") != 3)
try:
    Name("a") < 1
except TypeError as e:
    print("TypeError:", e)
