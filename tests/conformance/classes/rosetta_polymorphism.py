# Rosetta Code style: polymorphism with a point and a circle
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def print(self):
        print(self)


class Circle(Point):
    def __init__(self, x=0, y=0, r=0):
        super().__init__(x, y)
        self.r = r

    def __repr__(self):
        return f"Circle({self.x}, {self.y}, {self.r})"


for shape in (Point(), Point(1, 2), Circle(), Circle(3, 4, 5)):
    shape.print()
c = Circle(1, 1, 1)
c.x = 9
print(c, isinstance(c, Point), type(c) is Point)
