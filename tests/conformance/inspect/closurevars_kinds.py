# getclosurevars, the is* predicates, getmembers, getdoc, getsource off.
import inspect

LIMIT = 10


def outer():
    count = 0
    scale = 3
    def inner(v):
        return min(v * scale, LIMIT) + len(str(count)) + undefined_name
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.getclosurevars(lambda: LIMIT))


class K:
    """A class.

        Indented docs.
    """
    attr = 1

    def m(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


def gen():
    yield 1


print(inspect.isfunction(outer), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(K))
print(inspect.ismethod(K().m), inspect.ismethod(K.m), inspect.isfunction(K.m), inspect.ismethod(K.c))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(outer))
print(inspect.iscoroutinefunction(gen), inspect.isroutine(len), inspect.ismodule(inspect), inspect.iscode(outer.__code__))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(K(), inspect.ismethod)], inspect.getdoc(K))
print(inspect.getdoc(outer), inspect.cleandoc("  first\n    second\n      third\n"))
ns = {}
exec("def made():\n    return 1\n", ns)
for obj in (ns["made"], len):
    try:
        inspect.getsource(obj)
    except (OSError, TypeError) as e:
        print(type(e).__name__ + ":", e)
