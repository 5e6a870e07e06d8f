class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for x in self:
            if x % 2 == 0:
                yield x


c = Countdown(5)
print(list(c), list(c.evens()), sum(c), max(c))
for x in c:
    print("tick", x)
g = c.evens()
print(type(g).__name__, g.__name__, g.__qualname__)
c.start = 2
print(list(g), list(c))
