import copy

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, len(dc))
shared = ['s']
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)

class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
a = Node(1, Node(2))
a.next.next = a
b = copy.deepcopy(a)
print(b.val, b.next.val, b.next.next is b, b is not a)
c = copy.copy(a)
print(c.next is a.next, type(c).__name__)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called')
        return Custom(copy.deepcopy(self.v, memo))
x = Custom([1])
print(copy.copy(x).v, copy.deepcopy(x).v is not x.v)
