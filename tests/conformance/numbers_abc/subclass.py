# A class deriving from numbers.Integral gets the derived operations.
import numbers


class Small(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "Small(%d)" % self.v


for name in sorted(Small.__abstractmethods__)[:6]:
    print(name)
try:
    Small(3)
except TypeError as e:
    print("TypeError", str(e)[:50])
