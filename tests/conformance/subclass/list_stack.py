# list subclasses: extra methods, += keeps the subclass, slicing gives lists,
# sort in place, the builtin methods act on the instance's list.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"


s = Stack([3, 1])
s.push(4)
s.push(1)
print(s, s.peek(), len(s), s.count(1), s.index(4))
s += [5, 9]
print(s, type(s).__name__)
s.sort()
print(s, s[1:3], type(s[1:3]).__name__, s * 2, s + [0])
print(s.pop(), s, sum(s), list(reversed(s)), 4 in s, 7 in s)
s[0] = 100
del s[1]
print(s, s == [100, 3, 4, 5], sorted(s, reverse=True))
s.clear()
print(s, bool(s), len(s))


class Tracked(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name


t = Tracked(range(3), "t")
t.extend("ab")
print(t, t.name, [x for x in t if x != 1])
