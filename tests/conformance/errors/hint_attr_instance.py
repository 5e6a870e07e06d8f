# An uncaught AttributeError offers the nearest name of dir(obj): here a
# property's body misspells an instance attribute.
class Rect:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.widht * self.height


print(Rect(2, 3).area)
