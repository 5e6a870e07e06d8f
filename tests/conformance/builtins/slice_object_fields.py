# A slice object's fields and indices(), as code that implements __getitem__ reads them.
class Window:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            print("slice", key.start, key.stop, key.step, "->", (start, stop, step))
            return [self.items[i] for i in range(start, stop, step)]
        return self.items[key]


w = Window("abcdefgh")
print(w[2:5])
print(w[::-2])
print(w[-3:])
print(w[:100:3])
print(w[5:1])
print(w[3])
s = slice(1, None)
print(s.start, s.stop, s.step, s)
print(slice(10).indices(4), slice(-100, 100).indices(7), slice(None, None, -1).indices(0))
print(slice(5, -5, -2).indices(20), slice(0, 0, 3).indices(0))
print(slice("a", "b").start, slice([1], None).start)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2).__class__)
m = slice(2, 7, 2).indices
print(m(6))
for bad in (-1, 2.5, "3"):
    try:
        slice(1, 2).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice("a", 3).indices(3)
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print("AttributeError")
try:
    slice(1, 2).nope
except AttributeError as e:
    print(e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
