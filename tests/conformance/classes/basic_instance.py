class Counter:
    """Counts things."""
    total = 0

    def __init__(self, start=0):
        self.value = start
        Counter.total += 1

    def incr(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return "Counter(%d)" % self.value


c = Counter()
c.incr().incr(5)
print(c, c.value, Counter.total)
d = Counter(10)
print(d, Counter.total, d.total, c.__dict__, Counter.__doc__)
d.total = 99
print(d.total, Counter.total, sorted(vars(d)))
print(type(c).__name__, c.__class__ is Counter, isinstance(c, object))
