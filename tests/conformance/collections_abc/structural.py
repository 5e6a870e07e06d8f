# The one-method ABCs accept a class that defines the methods.
from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Reversible, Collection


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Box:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


class NoHash:
    __hash__ = None


class Eq:
    def __eq__(self, other):
        return True


class Call:
    def __call__(self):
        return 1


class NotIter(It):
    __iter__ = None


class Child(Box):
    pass


for cls in (It, Box, NoHash, Eq, Call, NotIter, Child, object, int):
    print(cls.__name__, [a.__name__ for a in (Iterable, Iterator, Sized, Container, Hashable,
                                               Callable, Reversible, Collection)
                         if issubclass(cls, a)])
print(isinstance(Call(), Callable), isinstance(Call, Callable), isinstance(3, Callable))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError:", e)
