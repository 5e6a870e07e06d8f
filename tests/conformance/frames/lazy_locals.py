# The locals a traceback keeps of each frame an exception left: read after
# the frames are gone, once or several times, with cells, deleted and
# unbound variables, frames without variables, and frames whose locals()
# dict existed.
import gc


def frames_of(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame)
        tb = tb.tb_next
    return out


def no_vars():
    raise ValueError("none")


def with_cell(n):
    total = n * 2
    later = None

    def bump():
        nonlocal total
        total += 100
    keep.append(bump)
    del later
    raise KeyError(total)


def unbound(flag):
    if flag:
        raise IndexError("early")
    never = 1
    return never


def called_locals(x):
    seen = locals()
    y = x + 1
    raise TypeError(len(seen))


def deep(n, acc):
    here = [n]
    acc.append(here)
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1, acc)


keep = []
for fn, args in [(no_vars, ()), (with_cell, (5,)), (unbound, (True,)), (called_locals, (3,)),
                 (deep, (3, []))]:
    try:
        fn(*args)
    except Exception as e:
        frames = frames_of(e)
        inner = frames[1:]
        for f in inner:
            d = f.f_locals
            print(fn.__name__, f.f_code.co_name, sorted(d), d is f.f_locals)
        if fn is with_cell:
            keep[0]()  # the cell changes after its frame ended
            again = frames_of(e)[1]
            print("cell after the frame ended:", again.f_locals["total"], inner[0].f_locals["total"],
                  again.f_locals is inner[0].f_locals)
            del again
        if fn is called_locals:
            print("y" in inner[0].f_locals, sorted(inner[0].f_locals["seen"]))
        if fn is deep:
            print([f.f_locals["n"] for f in inner], inner[-1].f_locals["here"])
        del e, frames, inner
    gc.collect()

# a chain of re-raises: each frame left keeps its own variables
def a():
    va = "a"
    b()


def b():
    vb = "b"
    try:
        c()
    except LookupError as err:
        handled = True
        raise


def c():
    vc = "c"
    {}["missing"]


try:
    a()
except KeyError as e:
    for f in frames_of(e)[1:]:
        print(f.f_code.co_name, sorted(k for k in f.f_locals if k != "err"))

# many exceptions kept alive together, their frames read afterwards
saved = []
for i in range(50):
    try:
        with_cell(i)
    except KeyError as e:
        saved.append(e)
print(sum(frames_of(e)[1].f_locals["n"] for e in saved))
del saved
keep.clear()
gc.collect()
print("done")
