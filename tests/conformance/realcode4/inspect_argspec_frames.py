# inspect helpers libraries call: getfullargspec (decorator factories),
# getinnerframes/trace (error reports of a parser library), the CO_ flags
# and isasyncgenfunction.
import inspect, sys
def f(a, b=2, *args, c, d=4, **kw) -> int: pass
print(inspect.getfullargspec(f))
class K:
    def m(self, x, y=1): pass
print(inspect.getfullargspec(K().m), inspect.getfullargspec(K.m))
print(inspect.getfullargspec(lambda: 0))
async def ag(): yield 1
async def co(): pass
print(inspect.isasyncgenfunction(ag), inspect.isasyncgenfunction(co), inspect.isasyncgen(ag()), inspect.CO_ITERABLE_COROUTINE)
def inner(): raise ValueError("x")
def outer(): inner()
try: outer()
except ValueError:
    tb = sys.exc_info()[2]
    for fi in inspect.getinnerframes(tb):
        print(fi.function, fi.lineno, fi.code_context, fi.index)
    print([t.function for t in inspect.trace()])
