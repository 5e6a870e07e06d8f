def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

print(list(permutations([1, 2, 3])))

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for line in tree_walk(tree):
    print(line)
