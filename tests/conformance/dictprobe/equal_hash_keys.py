# Keys whose hashes are equal but which are different objects: a user
# __eq__ decides (and its exception propagates), strs and tuples compare by
# value, an object equal to itself only is found only by identity.
class K:
    def __init__(self, v, label):
        self.v = v
        self.label = label

    def __hash__(self):
        return 42

    def __eq__(self, other):
        print("  eq", self.label, getattr(other, "label", type(other).__name__))
        if isinstance(other, K):
            return self.v == other.v
        return NotImplemented


d = {}
a, b, c = K(1, "a"), K(2, "b"), K(1, "c")
d[a] = "A"
d[b] = "B"
print("lookup c")
print(d[c])
d[c] = "C"
print(len(d), d[a])


class Boom:
    def __hash__(self):
        return 42

    def __eq__(self, other):
        raise ValueError("no compare")


try:
    d[Boom()] = 1
except ValueError as e:
    print("ValueError", e)
print(len(d))


class Never:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return False


n1, n2 = Never(), Never()
e = {n1: 1, n2: 2}
print(e[n1], e[n2], len(e))
key1 = ("x" * 3, (1, 2), "y")
key2 = ("".join(["x", "x", "x"]), (1, 2), "y")
f = {key1: "first"}
print(key1 is key2, f[key2])
f[key2] = "second"
print(len(f), f[key1])
