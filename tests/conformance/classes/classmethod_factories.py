class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class Birthday(Date):
    pass


print(Date.parse("2020-02-29"), Birthday.parse("1999-12-31"), Birthday.today())
print([y for y in range(1896, 1912) if Date.is_leap(y)], Birthday.is_leap(2000))
m = Birthday.parse
print(m.__self__ is Birthday, m("2001-01-01"))
