# The builtin types are virtual subclasses of the collections.abc ABCs, as in
# CPython; a registration made later still counts.
import collections.abc as A
vals = [1, 1.5, True, "s", b"b", (), frozenset(), range(2), None, int, [], {}, set(), bytearray(), iter([]), (x for x in ()), enumerate([]), len, [].append, lambda: 0]
abcs = [A.Hashable, A.Iterable, A.Iterator, A.Generator, A.Sized, A.Container, A.Collection, A.Reversible, A.Callable, A.Set, A.MutableSet, A.Mapping, A.MutableMapping, A.Sequence, A.MutableSequence, A.ByteString]
for v in vals:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "0" for a in abcs))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), A.Iterator), issubclass(list, A.MutableSequence), issubclass(tuple, A.MutableSequence))
A.Sequence.register(MyIt)
print(isinstance(MyIt(), A.Sequence))
