# recursive_repr: a container whose repr reaches itself prints the fill value there, and the
# guard lets the same object print again once the outer repr is done.
from reprlib import recursive_repr
from collections import OrderedDict, ChainMap


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return "Tree(%r, %r)" % (self.name, self.children)


root = Tree("root")
leaf = Tree("leaf")
root.children.append(leaf)
leaf.children.append(root)
print(root)
print(leaf)
print([root, root])


class Ring:
    def __init__(self):
        self.peers = [self]

    @recursive_repr("<loop>")
    def __repr__(self):
        """the ring's repr"""
        return "Ring(%s)" % ", ".join(map(repr, self.peers))


r = Ring()
print(r, Ring.__repr__.__name__, Ring.__repr__.__qualname__, Ring.__repr__.__doc__)
r.peers.append(Ring())
print(r)


class Failing:
    @recursive_repr()
    def __repr__(self):
        raise RuntimeError("repr failed")


f = Failing()
for _ in range(2):
    try:
        repr(f)
    except RuntimeError as e:
        print("RuntimeError", e)

od = OrderedDict(first=1)
od["self"] = od
print(od)
cm = ChainMap({"k": 1})
cm.maps[0]["self"] = cm
print(cm)
nested = OrderedDict(inner=OrderedDict(x=[]))
nested["inner"]["x"].append(nested)
print(nested)
