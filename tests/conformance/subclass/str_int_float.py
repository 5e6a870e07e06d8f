# str, int and float subclasses: methods inherited, results are base values.
class Name(str):
    def greet(self):
        return "hello " + self


n = Name("ada")
print(n, n.greet(), n.upper(), n + "!", len(n), n[0], repr(n), n == "ada", hash(n) == hash("ada"))
print(f"[{n:>6}]", "%s" % n, n.split("d"), isinstance(n, str), type(n.upper()).__name__)


class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)

    def __add__(self, other):
        return Meters(int(self) + int(other))


m = Meters(5)
print(m, m + 3, 3 + m, m * 2, -m, m == 5, m < 6, f"{m:04d}", int(m), abs(Meters(-2)))
print(sorted([Meters(3), Meters(1)]), isinstance(m, int), Meters("12"))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, c.fahrenheit(), round(c), c > 20, f"{c:.2f}", Celsius("3.25") + 1)
