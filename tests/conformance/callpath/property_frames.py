# Property getters and setters run as frames: exact positional parameters,
# defaults, *args, keyword-only parameters, generators and lambdas as
# accessors, errors raised inside them, their results, and recursion through
# a getter reaching the recursion limit.
class P:
    def __init__(self):
        self._v = 1

    @property
    def plain(self):
        return self._v * 10

    @plain.setter
    def plain(self, v):
        self._v = v
        return "ignored"

    def _get_default(self, extra=5):
        return self._v + extra

    default = property(_get_default)

    def _get_star(*args):
        return len(args)

    star = property(_get_star)

    def _set_star(*args):
        print("  set_star", len(args), args[1])

    starset = property(None, _set_star)

    def _get_kwonly(self, *, k=7):
        return k

    kwonly = property(_get_kwonly)

    def _gen(self):
        yield self._v
        yield self._v + 1

    gen = property(_gen)
    lam = property(lambda self: self._v - 100, lambda self, v: setattr(self, "_v", v * 2))

    @property
    def boom(self):
        raise KeyError("from getter")

    @boom.setter
    def boom(self, v):
        raise ValueError("from setter %r" % (v,))

    @property
    def deep(self):
        return self.deep


p = P()
print(p.plain, p.default, p.star, p.kwonly, list(p.gen), p.lam)
p.plain = 4
print(p.plain, p.default)
p.starset = "x"
p.lam = 21
print(p._v, p.lam)
try:
    p.boom
except KeyError as e:
    print("KeyError", e)
try:
    p.boom = 3
except ValueError as e:
    print("ValueError", e)
try:
    p.deep
except RecursionError as e:
    print("RecursionError", str(e)[:30])
print(p.plain)


class Bad:
    def _two(self, other):
        return other

    two = property(_two)
    none = property(lambda: 1)


try:
    Bad().two
except TypeError as e:
    print("TypeError", e)
try:
    Bad().none
except TypeError as e:
    print("TypeError", e)
