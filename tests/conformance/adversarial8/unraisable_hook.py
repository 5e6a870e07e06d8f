# sys.unraisablehook gets the exceptions no caller can receive: out of __del__,
# weakref callbacks and generators closed when freed; a hook that raises is
# reported itself, and the default hook is sys.__unraisablehook__
import gc
import sys
import weakref

seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, u.exc_traceback is not None))


class Raises:
    def __del__(self):
        raise ValueError("from del")


class Plain:
    pass


def callback(ref):
    raise KeyError("from callback")


def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")


print(sys.unraisablehook is sys.__unraisablehook__, type(sys.__unraisablehook__).__name__)
sys.unraisablehook = hook
r = Raises()
del r
print(seen[-1])
p = Plain()
ref = weakref.ref(p, callback)
del p
print(seen[-1])
c = Raises()
c.me = c
del c
gc.collect()
print(seen[-1][:2], len(seen))
g = gen()
next(g)
del g
print(seen[-1])


def failing_hook(u):
    raise TypeError("the hook fails")


sys.unraisablehook = failing_hook
r = Raises()
del r
print("after the failing hook")
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.__unraisablehook__(5)
except Exception as e:
    print(type(e).__name__)
r = Raises()
del r
print("end")
