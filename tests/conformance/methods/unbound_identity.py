# A builtin type's methods and slot wrappers taken from the type are one object per
# type and name, as CPython's descriptors stored in the type's dict: `is` holds between
# lookups, through the type's __dict__, and from a class derived in Python; their reprs,
# names and __objclass__ are CPython's.
print(dict.__repr__ is dict.__repr__, dict.keys is dict.keys, list.append is list.append)
print(dict.__dict__["keys"] is dict.keys, dict.__dict__["__repr__"] is dict.__repr__)
print(object.__eq__ is object.__eq__, int.__hash__ is int.__hash__, str.__len__ is str.__len__)
print(str.join is str.join, bytes.hex is bytes.hex, set.add is set.add, tuple.count is tuple.count)
print(dict.__repr__, dict.keys, list.append, int.__add__, object.__init__, str.join)
print(dict.keys.__name__, dict.keys.__qualname__, dict.keys.__objclass__)
print(dict.__repr__.__name__, dict.__repr__.__qualname__, dict.__repr__.__objclass__)


class MyDict(dict):
    pass


class Plain:
    pass


print(MyDict.keys is dict.keys, MyDict.keys, MyDict.keys(MyDict(a=1)))
print(Plain.__repr__ is object.__repr__, Plain.__init__ is object.__init__)
print(dict.keys({"x": 1}), dict.__len__({"y": 2, "z": 3}))
seen = {dict.keys, dict.keys, list.append, list.append}
print(len(seen))
d = {}
print(d.keys == d.keys, d.keys is d.keys, dict.fromkeys is dict.fromkeys)
table = {}
for name in ("keys", "values", "items", "get", "__getitem__", "__repr__"):
    table[getattr(dict, name)] = name
print([table[getattr(dict, name)] for name in ("items", "get", "__repr__")])
try:
    dict.keys([])
except TypeError as e:
    print(e)
