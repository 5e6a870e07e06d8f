# dict subclasses: __missing__, overridden __setitem__, super() calls, the
# builtin methods bound to the dict the instance carries.
class Defaulting(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = Defaulting(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(len(groups), "a" in groups, "z" in groups, groups.get("z"), sorted(groups))
print(isinstance(groups, dict), type(groups).__name__, groups.factory.__name__)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["x"] = 1
u["Y"] = 2
print(u, u["x"], u["y"], list(u.keys()), list(u.values()))
# dict methods bypass the override, as in CPython
u.update(z=3)
print(u, dict(u), {**u}, dict.__repr__(u))
try:
    u["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(u)
except TypeError as e:
    print(e)
print(u == {"X": 1, "Y": 2, "z": 3}, {"X": 1, "Y": 2, "z": 3} == u, u != {})
del u["z"]
print(u, u.pop("X"), u, bool(u), bool(Upper()))
