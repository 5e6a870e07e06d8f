class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {', '.join(map(repr, self.children))})"

    def __iter__(self):
        return iter([self.value] + [v for c in self.children for v in c])

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t, list(t), t.depth(), sum(t), max(t))
