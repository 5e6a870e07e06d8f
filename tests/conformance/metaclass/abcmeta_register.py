from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe(), type(Shape).__name__, sorted(Shape.__abstractmethods__))
print(Half.__abstractmethods__, Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any("draw" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Circle:
    def draw(self):
        return "()"


class Plain:
    pass


@Drawable.register
class Line:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), isinstance(Plain(), Drawable))
print(isinstance(Line(), Drawable), issubclass(Line, Drawable), isinstance(3, Drawable))
print(isinstance(Square(1), Shape), isinstance(Square, ABCMeta))
Half()
