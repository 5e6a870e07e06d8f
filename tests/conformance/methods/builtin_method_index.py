# Builtin methods found by name on builtin types (the VM's LOAD_METHOD and
# getattr): each type answers with its own method, bool with int's,
# bytearray with its own then bytes', a subclass's override wins, names
# built at run time (not interned) still find the method, and misses raise
# CPython's AttributeError.
from collections import deque

d = deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
print(d, d.popleft(), d.pop(), d.count(2), d.index(3))

l = [3, 1, 2]
l.append(5)
l.sort()
print(l, l.index(5), l.count(1), l.pop())

print("abc".upper(), "a-b".split("-"), {1: 2}.get(1), {1, 2}.union({3}))
print((1, 2, 1).count(1), (1, 2).index(2))

# bool shares int's methods; the result is an int
print(True.bit_length(), (5).bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(True.to_bytes(1, "big"), False.as_integer_ratio())

# bytearray: its own methods, then the reading methods of bytes
ba = bytearray(b"hello")
ba.append(33)
print(ba, ba.upper(), ba.find(b"l"), ba.startswith(b"he"), ba.hex())
print(b"abc".hex(), bytes.fromhex("6162"), bytearray.fromhex("41"))

# float / frozenset / dict
print((2.5).is_integer(), (0.5).as_integer_ratio(), frozenset([1]).union([2]))
print(dict.fromkeys("ab", 0), {"a": 1}.items())

# a name made at run time is not interned: the lookup compares bytes
name = "".join(["app", "end"])
getattr(d, name)(9)
print(d, getattr(l, "".join(["co", "unt"]))(1))
print(getattr("x", "".join(["up", "per"]))())

# methods taken as values, then called
m = d.append
m(7)
u = str.upper
print(d, u("q"), list.append.__name__, deque.popleft.__name__)


# a subclass's own method shadows the builtin one
class D(deque):
    def append(self, x):
        super().append(x * 10)


dd = D([1])
dd.append(2)
dd.appendleft(0)
print(dd, type(dd).__name__)


class L(list):
    pass


ll = L([1])
ll.append(2)
print(ll)
# a method added to the subclass after instances used the builtin one
for i in range(3):
    ll.append(i)
    if i == 1:
        L.append = lambda self, x: list.append(self, -x)
print(ll)
setattr(L, "count", lambda self, x: "patched")
print(ll.count(1), list.count(ll, 1))
del L.count
print(ll.count(1))

# misses: CPython's messages
for obj, attr in ((d, "push"), ([], "add"), ("s", "append"), (True, "append"),
                  (bytearray(), "nosuch"), (1.5, "bit_length"), ((), "append")):
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    d.push(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).append(2)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(deque(), "rotate"), hasattr(deque(), "".join(["rot", "ate"])), hasattr([], "rotate"))

# the same call site sees several builtin types
for obj in ([1, 2], (1, 2), "12", deque([1, 2]), b"12"):
    print(type(obj).__name__, obj.count(obj[0]), obj.index(obj[1]))
