# Virtual subclasses: register() on an ABC and on a base ABC.
from collections.abc import Sequence, Sized, Iterable, Mapping


class Thing:
    pass


print(isinstance(Thing(), Sequence), isinstance(Thing(), Sized))
print(Sequence.register(Thing) is Thing)
print(isinstance(Thing(), Sequence), isinstance(Thing(), Sized), isinstance(Thing(), Iterable))
print(issubclass(Thing, Mapping))


@Mapping.register
class Other:
    pass


print(Other.__name__, issubclass(Other, Mapping))


class Sub(Thing):
    pass


print(issubclass(Sub, Sequence))
try:
    Sequence.register(3)
except TypeError as e:
    print("TypeError:", e)
