# Builtin containers against the collections.abc classes.
from collections.abc import (Mapping, MutableMapping, Iterable, Callable, Sequence, Set,
                             Hashable, Sized, Iterator, Generator, MutableSequence, MutableSet,
                             Container, Collection, Reversible, ByteString)

ABCS = (Mapping, MutableMapping, Iterable, Callable, Sequence, Set, Hashable, Sized, Iterator,
        Generator, MutableSequence, MutableSet, Container, Collection, Reversible, ByteString)


def gen():
    yield 1


for v in ([], (), {}, set(), frozenset(), "s", b"b", bytearray(), 3, 2.5, True, None, len,
          lambda: 1, gen(), range(3), object()):
    print(type(v).__name__, [c.__name__ for c in ABCS if isinstance(v, c)])
print(isinstance(iter([]), Iterator), isinstance(iter([]), Sized))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, MutableSequence))
print(issubclass(bool, Hashable), issubclass(list, Hashable))
print(Mapping, MutableSequence.__module__, Set.__name__)
import collections.abc
import collections
print(collections.abc.Mapping is Mapping, collections.abc.__name__, collections.OrderedDict.__name__)
print(sorted(collections.abc.__all__))
