# A descriptor (or property) whose __get__ raises AttributeError hands the lookup to
# __getattr__, as CPython's generic lookup does; other exceptions go through.
class G:
    def __get__(self, o, t):
        raise AttributeError('nope')
class P:
    g = G()
    @property
    def p(self):
        raise AttributeError('from property')
    @property
    def q(self):
        raise KeyError('q')
    def __getattr__(self, n):
        return 'fallback ' + n
o = P()
print(o.g, getattr(o, 'g', 'dflt'), o.p, hasattr(o, 'p'))
try:
    o.q
except KeyError as e:
    print('KeyError', e)
class NoHook:
    @property
    def p(self):
        raise AttributeError('plain')
try:
    NoHook().p
except AttributeError as e:
    print('AttributeError', e)
print(getattr(NoHook(), 'p', 'default'))
class R:
    def __get__(self, o, t):
        return self.__get__(o, t)
class S:
    r = R()
try:
    S().r
except RecursionError:
    print('RecursionError')
