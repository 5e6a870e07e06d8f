# A full collection run from inside a dunder, a property getter or
# __getattr__, while the operands on the caller's value stack are the only
# references to objects in reference cycles: they are live, nothing of them
# is cleared, and the collection frees only the garbage made beside them.
import gc
import weakref

made = []


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self  # a cycle: only the collector could free it
        made.append(weakref.ref(self))

    def __add__(self, other):
        gc.collect()
        return Node(self.name + "+" + other.me.name)

    def __radd__(self, other):
        gc.collect()
        return Node(str(other) + "+" + self.me.name)

    def __eq__(self, other):
        gc.collect()
        return self.me.name == other.me.name

    def __lt__(self, other):
        gc.collect()
        return self.me.name < other.me.name

    def __hash__(self):
        gc.collect()
        return len(self.me.name)

    def __bool__(self):
        gc.collect()
        return self.me.name != ""

    def __neg__(self):
        gc.collect()
        return Node("-" + self.me.name)

    def __getitem__(self, i):
        gc.collect()
        return self.me.name[i]

    def __contains__(self, x):
        gc.collect()
        return x in self.me.name

    def __iter__(self):
        gc.collect()
        return iter(self.me.name)

    def __format__(self, spec):
        gc.collect()
        return "<" + self.me.name + ">"

    def __getattr__(self, attr):
        gc.collect()
        return attr + "@" + self.__dict__["me"].name

    @property
    def upper(self):
        gc.collect()
        return self.me.name.upper()


def garbage(n):
    # cycles nobody refers to: what the collections above must free
    for i in range(n):
        a = [i]
        a.append(a)
        f = lambda: f
        del a, f


def make_closure_cycle(tag):
    def again():
        return again, tag

    return again


garbage(50)
print((Node("a") + Node("b")).name)
print((1 + Node("c")).name)
print(Node("x") == Node("x"), Node("x") == Node("y"))
print(Node("p") < Node("q"))
print(len({Node("kk"): 1, Node("k"): 2}))
print("yes" if Node("t") else "no", not Node(""))
print((-Node("n")).name)
print(Node("abc")[1], "b" in Node("abc"), list(Node("xy")))
print(f"{Node('fmt')}|{Node('g')!s:.0}|")
print(Node("w").missing, Node("u").upper)
print(sorted([Node("z"), Node("m"), Node("a")])[0].name)


def in_generator():
    yield (Node("g1") + Node("g2")).name
    garbage(20)
    yield Node("g3") == Node("g3")
    yield Node("g4").upper


print(list(in_generator()))


def deep(n):
    # the operands are temporaries in frames all the way down
    if n == 0:
        return Node("leaf")
    return Node(str(n)) + deep(n - 1)


print(deep(5).name)

c = make_closure_cycle("cc")
print((Node("c1") + Node(c()[1])).name)
del c
gc.collect()
print(sum(1 for r in made if r() is not None), "alive of", len(made))
print(gc.collect())
