class P:
    @property
    def __class__(self): return int
p = P()
print(isinstance(p, int), isinstance(p, P), type(p).__name__, p.__class__)
class Q:
    __class__ = str
print(isinstance(Q(), str), isinstance(Q(), Q))
class M(type):
    def __instancecheck__(cls, inst): return 3
    def __subclasscheck__(cls, sub): return []
class R(metaclass=M): pass
print(isinstance(1, R), issubclass(int, R), isinstance(R(), R), issubclass(R, R))
class M3(type):
    def __instancecheck__(cls, inst): raise ValueError('ic')
class S(metaclass=M3): pass
try: print(isinstance(1, S))
except ValueError as e: print('VE', e)
print(isinstance(S(), S))
try: print(isinstance(1, (int, S)))
except ValueError as e: print('VE2', e)
try: print(isinstance(1, (S, int)))
except ValueError as e: print('VE3', e)
class Bad:
    @property
    def __class__(self): raise RuntimeError('cls')
try: print(isinstance(Bad(), int))
except RuntimeError as e: print('RE', e)
print(isinstance(Bad(), Bad))
class NotType:
    __bases__ = ()
    def __instancecheck__(self, i): return True
try: print(isinstance(1, NotType()))
except TypeError as e: print('TE', e)
class HasBases:
    @property
    def __bases__(self): return ()
try: print(issubclass(HasBases(), int))
except TypeError as e: print('TE', e)
try: print(issubclass(int, HasBases()))
except TypeError as e: print('TE', e)
try: print(isinstance(1, 1))
except TypeError as e: print('TE', e)
try: print(issubclass(1, int))
except TypeError as e: print('TE', e)
def g(): yield 1
print(g().__class__, (lambda: 0).__class__)
async def co(): pass
c = co(); print(c.__class__); c.close()
async def ag(): yield 1
print(ag().__class__)
