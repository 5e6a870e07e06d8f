from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p != Point(2, 2), p == (1, 2))
print(Point.__doc__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    {p: 1}
except TypeError as e:
    print(e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
