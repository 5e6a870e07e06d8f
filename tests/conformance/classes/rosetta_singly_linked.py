class LinkedNode:
    def __init__(self, data, nxt=None):
        self.data = data
        self.next = nxt

    def insert_after(self, data):
        self.next = LinkedNode(data, self.next)
        return self.next


def to_list(node):
    out = []
    while node is not None:
        out.append(node.data)
        node = node.next
    return out


head = LinkedNode("A")
c = head.insert_after("C")
head.insert_after("B")
c.insert_after("D")
print(to_list(head))


def reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev


print(to_list(reverse(head)))
