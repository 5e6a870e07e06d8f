class K:
    def m(self, a, b=2, *, c=3):
        "m doc"
        return a + b + c


k = K()
bm = k.m
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__defaults__, bm.__kwdefaults__)
print(bm.__code__.co_varnames[:4], bm(1), bm(1, c=0))
K.m.__defaults__ = (20,)
print(k.m(1))
print(type(bm).__name__, type(K.m).__name__, type(K.__dict__["m"]).__name__)
