# A class with __getitem__ and no __iter__ is iterable by index until IndexError (or
# StopIteration); `in`, unpacking, the builtins that consume iterables and reversed() (with
# __len__) all go through it.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("no more")
        return i * i


class Letters:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return "wxyz"[i]


class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


class Fails:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("key one")
        return i


print(list(Squares(4)), tuple(Squares(3)), set(Squares(3)) == {0, 1, 4}, sum(Squares(5)))
print(9 in Squares(5), 7 in Squares(5), [x + 1 for x in Squares(3)], dict.fromkeys(Squares(2)))
a, b, c = Squares(3)
print(a, b, c, max(Squares(4)), sorted(Squares(4), reverse=True), "".join(Letters()))
it = iter(Squares(3))
print(type(it).__name__, next(it), next(it), list(it), list(it))
print(list(reversed(Letters())), list(enumerate(Letters())), list(zip(Letters(), Squares(9))))
print(list(Stops()), list(map(str, Stops())), "-".join(map(str, Squares(4))))
for obj in (Fails(), ):
    try:
        list(obj)
    except KeyError as e:
        print("KeyError", e)
try:
    a, b = Squares(3)
except ValueError as e:
    print("ValueError:", e)
try:
    reversed(Squares(2))
except TypeError as e:
    print("TypeError:", e)


class Blocked:
    __iter__ = None

    def __getitem__(self, i):
        return i


for action in (lambda: iter(Blocked()), lambda: list(Blocked())):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


class NoSeq:
    pass


for action in (lambda: iter(NoSeq()), lambda: 1 in NoSeq(), lambda: reversed(NoSeq())):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
