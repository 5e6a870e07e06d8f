# operator.length_hint: len first, then the type's __length_hint__ (NotImplemented, a
# TypeError inside it, bad results), the default's check; and __all__'s names and order.
import operator


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


class Sized(Hint):
    def __len__(self):
        return 3


class BadLen(Hint):
    def __len__(self):
        raise TypeError('no len')


for obj in ([1, 2], 5, Hint(4), Hint(NotImplemented),
            Hint(TypeError('x')), Sized(99), BadLen(7), Hint(True), Hint(0)):
    print(type(obj).__name__, operator.length_hint(obj), operator.length_hint(obj, 42))
for bad in (Hint(-1), Hint(1.5), Hint('3'), Hint(1 << 63), Hint(ValueError('boom')),
            Hint(None)):
    try:
        print(operator.length_hint(bad))
    except (TypeError, ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)
for default in (1.0, None, '2'):
    try:
        operator.length_hint([], default)
    except TypeError as exc:
        print('TypeError', exc)
hint = Hint(5)
hint.__length_hint__ = lambda: 1000
print(operator.length_hint(hint))
print(len(operator.__all__), operator.__all__[:5], operator.__all__[-5:],
      operator.__all__ == sorted(operator.__all__))
