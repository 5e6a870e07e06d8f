# t[i] on tuples: positive, negative, bool, out-of-range and big indexes, other
# index types, a subclass with __getitem__, and the empty tuple.
t = (1, "a", None, (2, 3))
print(t[0], t[-1], t[-4], t[3][1], t[True], t[False])
for i in (4, -5, 2**62, -(2**62), 2**70):
    try:
        t[i]
    except IndexError as e:
        print("IndexError", e)
for k in ("0", 1.0, None):
    try:
        t[k]
    except TypeError as e:
        print("TypeError", e)
class T(tuple):
    def __getitem__(self, i):
        return ("sub", i)
print(T((1, 2))[0], () [0:1])
try:
    ()[0]
except IndexError as e:
    print("IndexError", e)
