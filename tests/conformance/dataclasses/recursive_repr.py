# A dataclass instance that reaches itself prints '...' there instead of
# recursing, directly or through containers and other dataclasses.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    next: object = None
    children: list = field(default_factory=list)


n = Node(1)
n.next = n
print(n)
a = Node(1)
b = Node(2, a)
a.next = b
print(a)
print(b)
a.children.append(a)
a.children.append(Node(3, children=[b]))
print(a)
print([n, n])
print(Node(4))


@dataclass
class Pair:
    left: object
    right: object


p = Pair(None, None)
p.left = p
p.right = [p, {"k": p}]
print(repr(p))
