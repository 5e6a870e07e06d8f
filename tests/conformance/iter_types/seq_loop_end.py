# for-loops over tuples and lists ending: the iterator lets its sequence go
# when it is exhausted (finalizers of the items run then), a shared iterator
# stays exhausted after its loop ends even when the list grows again, and
# lists growing or shrinking during the loop are seen as they change.


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def loop_tuple():
    print("tuple loop")
    for x in (Item("t1"), Item("t2")):
        print("  body", x.name)
    print("  loop ended, x is", x.name)
    del x
    print("  x deleted")


loop_tuple()


def loop_list():
    print("list loop")
    for x in [Item("l1"), Item("l2")]:
        print("  body", x.name)
    del x
    print("  after")


loop_list()

print("shared iterator")
items = [Item("s1")]
it = iter(items)
del items
for x in it:
    print("  first loop", x.name)
del x
print("  first loop ended")
for x in it:
    print("  never")
print("  second loop ended", next(it, "exhausted"))

grow = [1, 2]
it = iter(grow)
for v in it:
    if len(grow) < 5:
        grow.append(v * 10)
print("grown", grow, next(it, "exhausted"))
grow.append(99)
print("appended after the end", next(it, "exhausted"))
for v in it:
    print("never")

shrink = [1, 2, 3, 4, 5, 6]
seen = []
for v in shrink:
    seen.append(v)
    if v == 2:
        del shrink[3:]
print("shrunk", seen, shrink)

t = (1, 2, 3)
it = iter(t)
print(next(it), list(it), list(it), next(it, "end"))
total = 0
for n in range(300):
    for w in (n, -n, n * n % 7):
        total += w
    for w in [n, n + 1]:
        total ^= w
    for w in ():
        total = -1
    for w in []:
        total = -1
print(total)


def gen_in_tuple():
    for g in ((yield 1), (yield 2)):
        yield ("got", g)


gi = gen_in_tuple()
print(next(gi), gi.send("a"), gi.send("b"), list(gi))
