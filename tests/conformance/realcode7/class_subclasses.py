# cls.__subclasses__() lists the live classes naming cls among their bases;
# object.__getattribute__ on a __slots__-only instance does the plain lookup;
# a __weakref__ slot in a base lets subclass instances be weakly referred to.
import weakref


class Block:
    pass


class Paragraph(Block):
    pass


class Heading(Block):
    pass


class Quote(Paragraph, Heading):
    pass


print([c.__name__ for c in Block.__subclasses__()])
print([c.__name__ for c in Paragraph.__subclasses__()], Quote.__subclasses__())
registry = {c.__name__.lower(): c for c in Block.__subclasses__()}
print(sorted(registry))
print(bool in int.__subclasses__(), type.__subclasses__(Heading))
try:
    Block.__subclasses__(1)
except TypeError as e:
    print('TypeError:', e)


class Shielded:
    __slots__ = ('_inner',)

    def __init__(self, inner):
        object.__setattr__(self, '_inner', inner)

    def __getattribute__(self, name):
        inner = object.__getattribute__(self, '_inner')
        return getattr(inner, name)


s = Shielded('text')
print(s.upper(), s.__len__())


class Linked:
    __slots__ = ('prev', 'next', '__weakref__')


class Sentinel(Linked):
    __slots__ = ()


node = Sentinel()
r = weakref.ref(node)
print(r() is node)


class Bare:
    __slots__ = ('a',)


class BareChild(Bare):
    __slots__ = ('b',)


try:
    weakref.ref(BareChild())
except TypeError as e:
    print('TypeError:', e)
