class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
            return
        for ch in self.children:
            yield from ch.leaves()


t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
for depth, v in t.walk():
    print("  " * depth + v)
print(list(t.leaves()))
