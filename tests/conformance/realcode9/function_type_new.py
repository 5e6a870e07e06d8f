# types.FunctionType(code, globals, name, argdefs, closure) makes a function from a code object,
# as RxPY does to copy its operators under other names; CPython's checks on each argument.
import types
def outer():
    k = 10
    def inner(a, b=2):
        return a + b + k
    return inner
f = outer()
g = types.FunctionType(f.__code__, f.__globals__, 'g', (5,), f.__closure__)
print(g(1), g(1, 1), g.__name__, g.__qualname__, g.__defaults__, g.__closure__ is not None)
h = types.FunctionType((lambda x: x * y).__code__, {'y': 7})
print(h(3), h.__name__)
for bad in [(1, {}), (f.__code__, []), (f.__code__, {}, 3), (f.__code__, {}, None, [1]), (f.__code__, {}), (f.__code__, {}, None, None, (1,))]:
    try: types.FunctionType(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(len.__call__([1, 2]), hasattr(len, '__call__'), [].append.__call__ is not None)
class A:
    def m(self, x): return x * 2
print(A().m.__call__(4), callable(A().m.__call__))
