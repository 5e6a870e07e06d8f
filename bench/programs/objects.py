# objects: classes with methods, properties and a small inheritance tree:
# method calls through the MRO, super() calls, property reads and writes,
# instance attribute access, and many short-lived instances.
M = 1000000007


class Shape:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def area(self):
        return 0

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def weight(self):
        return self.area() + self.x + self.y


class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self._w = w
        self.h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        self._w = v if v > 0 else 1

    def area(self):
        return self._w * self.h


class Square(Rect):
    def __init__(self, x, y, s):
        super().__init__(x, y, s, s)

    def area(self):
        return super().area() + 1


class Circle(Shape):
    def __init__(self, x, y, r):
        super().__init__(x, y)
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def build(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i, i + 1, i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i, i, i % 9 + 1))
        else:
            shapes.append(Circle(i, 2 * i, i % 4 + 1))
    return shapes


def run(rounds, n):
    acc = 0
    shapes = build(n)
    for r in range(rounds):
        for s in shapes:
            s.move(1, -1)
            acc = (acc + s.weight()) % M
            if isinstance(s, Rect):
                s.w = s.w + (r % 3) - 1
                acc = (acc + s.w) % M
    return acc


def churn(n):
    acc = 0
    for i in range(n):
        s = Square(i, i, i % 11 + 1)
        acc = (acc + s.area() + s.w) % M
    return acc


print(run(60, 3000), churn(150000))
