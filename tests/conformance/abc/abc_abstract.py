from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return 'square'

class Partial(Shape):
    def area(self):
        return 0

print(Square(3).describe(), isinstance(Square(1), Shape))
for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)
class Full(Partial):
    def name(self):
        return 'full'
print(Full().describe())
