# '__doc__' may be a slot when the class body has no docstring: instances then
# keep their own documentation (vendored typing helpers do this).
class Form:
    __slots__ = ('_name', '__doc__', '_fn')

    def __init__(self, fn):
        self._fn = fn
        self._name = fn.__name__
        self.__doc__ = fn.__doc__


def sample():
    "Sample documentation."


f = Form(sample)
print(f.__doc__, f._name)
print(type(Form.__dict__['__doc__']).__name__, Form.__dict__['__doc__'])

try:
    class Documented:
        "a docstring"
        __slots__ = ('__doc__',)
except ValueError as e:
    print('ValueError:', e)

try:
    class Named:
        __slots__ = ('__module__',)
except ValueError as e:
    print('ValueError:', e)
