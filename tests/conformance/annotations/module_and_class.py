x: int = 5
y: "str"
z: list = [1]
print(__annotations__)


class Point:
    x: int
    y: float = 0.0
    label: str = "p"

    def __init__(self, x: int, y: float = 1.5) -> None:
        self.x = x
        self.y = y


print(Point.__annotations__, Point.y, Point(1).y)
print(Point.__init__.__annotations__)
print("x" in Point.__dict__, hasattr(Point, "x"))
