# A builtin number's own operation runs before the reflected method of an
# operand whose class is not a subclass of the left operand's type.


class Meters(int):
    def __radd__(self, other):
        return "Meters.__radd__"

    def __rmul__(self, other):
        return "Meters.__rmul__"

    def __rand__(self, other):
        return "Meters.__rand__"

    def __rfloordiv__(self, other):
        return "Meters.__rfloordiv__"


class Ratio(float):
    pass


class Scale(float):
    def __radd__(self, other):
        return "Scale.__radd__"


m = Meters(4)
print("float + int subclass:", 2.5 + m, 2.5 * m)
print("int + int subclass (reflected first):", 1 + m, 3 * m)
print("float subclass + int subclass:", Ratio(0.5) + m)
print("complex + int subclass:", (1 + 2j) + m)
print("float has no &:", 2.5 & m)
print("complex has no //:", (1 + 2j) // m)
print("int + float subclass:", 1 + Scale(2.0), 2.5 + Scale(2.0))
total = 0.25
total += m
print("augmented:", total)
count = 10
count += m
print("augmented int:", count)


class Tagged(int):
    def __add__(self, other):
        return NotImplemented


print("__add__ NotImplemented, int's add after:", Tagged(2) + 3)


class Word(str):
    def __radd__(self, other):
        return "Word.__radd__"


print("str has no number slot:", "a" + Word("b"))


class Cells(list):
    def __radd__(self, other):
        return "Cells.__radd__"


print("list likewise:", [1] + Cells([2]))


class Plain:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


class Child(Plain):
    def __radd__(self, other):
        return "Child.__radd__"


print(Plain() + Child())
try:
    Plain() + Plain()
except TypeError as e:
    print("TypeError:", e)
