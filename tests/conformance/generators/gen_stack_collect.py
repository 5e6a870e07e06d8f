# A collection that starts while generator frames are running (here from a
# __repr__ called by '%' inside a generator expression, after a call in the
# same expression) must count only what their stacks hold now.
import gc


class Node:
    depth = 0

    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        Node.depth += 1
        try:
            if Node.depth == 3:
                gc.collect()
                return "..."
            return "%s(%s)" % (self.name, ", ".join("%r" % (getattr(self, n),) for n in ["next"]))
        finally:
            Node.depth -= 1


a = Node("a")
a.next = Node("b")
a.next.next = a
print(repr(a))
for i in range(3):
    print(["%r" % (getattr(x, "name"),) + str(gc.collect() >= 0) for x in [a, a.next]])


def chain(n):
    for i in range(n):
        yield "%s" % (str(i),) + ("" if gc.collect() < 0 else "")


print(list(chain(3)))
