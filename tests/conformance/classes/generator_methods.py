class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), list(t.walk()), 3 in t)
g = t.walk()
print(next(g), type(g).__name__, g.__qualname__ if hasattr(g, "__qualname__") else "")


class Counter:
    def __init__(self):
        self.n = 0

    def counts(self):
        while True:
            cmd = yield self.n
            if cmd == "stop":
                return self.n
            self.n += cmd or 1


c = Counter()
gen = c.counts()
print(next(gen), gen.send(5), gen.send(None))
try:
    gen.send("stop")
except StopIteration as e:
    print("stopped", e.value)
