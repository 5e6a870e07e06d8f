# copy.copy/deepcopy of instances, dataclasses, weak references and cycles
# through instance attributes.
import copy
import gc
import weakref
from dataclasses import dataclass, field


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, vars(q) == vars(p))
q.x = 5
print(p.x, q.x, list(vars(q)))


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)


items = [Item("a", i) for i in range(5)]
items[2].tags.append("t")
print(items[2], items[0] == Item("a", 0), vars(items[1]))
it = copy.deepcopy(items[2])
it.qty = 9
print(it, items[2])

# weak references to instances die with them
dead = []
w = Point(0, 0)
ref = weakref.ref(w, lambda r: dead.append("gone"))
print(ref() is w, ref().x)
del w
print(ref(), dead)

# instances in cycles through their inline attributes are collected
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


watch = []
for i in range(100):
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    if i == 0:
        watch.append(weakref.ref(a))
    c = Node("c")
    c.peer = c
    d = Node("d")
    d.self_method = d.__init__
del a, b, c, d
print(watch[0]() is not None)
found = gc.collect()
print(found >= 300, watch[0]())
gc.enable()
