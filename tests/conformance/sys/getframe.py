# sys._getframe(n): the frame n calls above the caller's, with its code,
# line, globals, a snapshot of its locals and the chain of callers.
import sys


def who_called_me():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno


def leaf(depth_wanted):
    marker = "leaf-local"
    here = sys._getframe()
    print("own code:", here.f_code.co_name, "caller:", here.f_back.f_code.co_name)
    print("own locals:", sorted(sys._getframe().f_locals))
    up = sys._getframe(depth_wanted)
    print("frame", depth_wanted, "up:", up.f_code.co_name, sorted(up.f_locals))
    print("same globals:", up.f_globals is globals(), up.f_globals["__name__"])
    return marker


def middle():
    count = 3
    label = "m"
    return leaf(1)


middle()
print(who_called_me())


def outer():
    return who_called_me()


print(outer())

names = []
frame = sys._getframe(0)
while frame is not None:
    names.append(frame.f_code.co_name)
    frame = frame.f_back
print("module level chain:", names)


def chain():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def a():
    return b()


def b():
    return chain()


print(a())
print(sys._getframe().f_locals is globals())

try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)


def snapshot_of_cells():
    captured = 10

    def inner():
        return captured

    return sorted(sys._getframe().f_locals), inner()


print(snapshot_of_cells())


class Body:
    attr = 1
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))


print(Body.seen)
