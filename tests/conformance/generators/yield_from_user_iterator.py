class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration("counted %d" % self.n)
        return self.i


def deleg():
    r = yield from Counter(3)
    print("yield from returned", r)
    yield "after"


print(list(deleg()))


class Coro:
    def __init__(self):
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.got.append(v)
        if len(self.got) > 3:
            raise StopIteration(self.got)
        return len(self.got)

    def throw(self, e):
        print("Coro.throw got", repr(e))
        return "thrown"

    def close(self):
        print("Coro.close")


def d2():
    r = yield from Coro()
    print("result", r)


g = d2()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration:
    print("stop")
g = d2()
next(g)
print(g.throw(ValueError("v")))
g.close()
