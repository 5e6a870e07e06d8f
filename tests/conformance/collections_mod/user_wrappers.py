# UserDict, UserList and UserString as subclassing bases: overrides of one method reach the
# mixin methods of the ABCs, and operations answer instances of the subclass.
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


class Caseless(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


c = Caseless({"Host": "example", "Accept": "*/*"}, Port=80)
c["CONTENT-TYPE"] = "text"
print(c, len(c), c["HOST"], "accept" in c, "Accept" in c)
print(sorted(c.keys()), c.get("port"), c.get("missing", "-"), c.setdefault("New", 1))
print(c.pop("new"), c.popitem(), c)
print(isinstance(c, MutableMapping), isinstance(c, dict), type(c.copy()).__name__, c.copy() == c)
u = UserDict(a=1) | {"b": 2}
print(u, type(u).__name__, {"z": 0} | UserDict(y=1), UserDict.fromkeys("ab", 0))


class Defaulting(UserDict):
    def __missing__(self, key):
        return "default:" + str(key)


print(Defaulting()["x"])
try:
    UserDict()["x"]
except KeyError as e:
    print("KeyError", e)


class Stack(UserList):
    def push(self, item):
        self.append(item)
        return self


s = Stack([3, 1])
s.push(2).push(5)
print(s, len(s), s[0], s[1:], type(s[1:]).__name__, s[-1])
s.sort(reverse=True)
print(s, s.pop(), s.index(2), s.count(1), 3 in s, s == [3, 2, 1], s < [4], s + [9], [0] + s, s * 2)
s.extend(Stack([7]))
s += (8,)
s.insert(0, -1)
s.remove(3)
s.reverse()
print(s, isinstance(s, MutableSequence), type(s + s).__name__, list(reversed(s)))
del s[0]
s[0] = "x"
print(s, s.copy(), type(s.copy()).__name__)
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)


class Loud(UserString):
    def shout(self):
        return self.upper() + "!"


t = Loud("hello world")
print(t, repr(t), t.shout(), type(t.shout()).__name__, t.title(), t.split(), t[0], t[::-1])
print(len(t), "world" in t, t.find("o"), t.count("l"), t.replace("l", "L", 2), t.startswith("he"))
print(t == "hello world", t < "z", t + "?", "?" + t, t * 2, t.center(15, "."), t.strip("hd"))
print(isinstance(t, Sequence), isinstance(t, str), str(t) == t.data, hash(t) == hash("hello world"))
print(sorted([Loud("b"), Loud("a")]), Loud(12).zfill(5), int(Loud("42")) + 1, Loud("%s-%s") % ("a", "b"))
