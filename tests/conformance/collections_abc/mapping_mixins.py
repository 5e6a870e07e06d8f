# Mapping and MutableMapping supply their mixin methods from a few abstract ones.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView


class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Frozen(%r)" % self._d


m = Frozen({"a": 1, "b": 2})
print(m.get("a"), m.get("z"), m.get("z", 0), "a" in m, "z" in m, len(m))
print(list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m == {"a": 1}, m != {"b": 2, "a": 1}, m == [("a", 1)])
print(m.keys(), m.items(), m.values())
print(isinstance(m.keys(), KeysView), isinstance(m.items(), ItemsView), isinstance(m.values(), ValuesView))
print(sorted(m.keys() & {"a", "c"}), sorted(m.keys() | {"c"}), sorted(m.keys() - {"a"}))
print(("a", 1) in m.items(), ("a", 2) in m.items(), 2 in m.values())
print(isinstance(m, Mapping), isinstance(m, MutableMapping))
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError:", e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
print(s._d, s.setdefault("x", 9), s.setdefault("w", 4), s._d)
print(s.pop("x"), s.pop("nope", None), s.popitem(), s._d)
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s._d, len(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Half(Mapping):
    def __getitem__(self, k):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
