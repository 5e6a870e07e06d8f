from dataclasses import dataclass
from collections import namedtuple

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

@dataclass
class Circle:
    center: Point
    radius: float

Pair = namedtuple("Pair", "left right")

class Color:
    RED = "red"
    GREEN = "green"

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case Circle(Point(x=cx, y=cy), r):
            return f"circle at {cx},{cy} r={r}"
        case Pair(left=l, right=r):
            return f"pair {l} {r}"
        case Color.RED:
            return "red!"
        case Color.GREEN | "lime":
            return "greenish"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 2.0),
          Pair(1, 2), "red", "lime", "green", 42]:
    print(describe(s))

class NoArgs:
    pass

def errors(subject, which):
    try:
        if which == 1:
            match subject:
                case NoArgs(1):
                    pass
        elif which == 2:
            match subject:
                case Point(1, 2, 3):
                    pass
        elif which == 3:
            notatype = 5
            match subject:
                case notatype.__class__.__name__.upper():
                    pass
        elif which == 4:
            class Bad:
                __match_args__ = ["a"]
            match Bad():
                case Bad(x):
                    pass
    except Exception as e:
        print(type(e).__name__, e)

errors(NoArgs(), 1)
errors(Point(1, 2), 2)
errors(5, 3)
errors(5, 4)
