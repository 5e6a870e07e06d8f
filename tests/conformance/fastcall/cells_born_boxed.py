# Cell variables that held containers in earlier calls (so their cells are
# now made ready for one) holding plain values, being deleted, rebound and
# captured in cycles that only the collector frees.
import gc


def maker(kind):
    if kind == "fn":
        def val():
            return "fn"
    elif kind == "int":
        val = 42
    elif kind == "none":
        val = None
    else:
        val = [kind]

    def get():
        return val() if callable(val) else val

    return get


kinds = ["fn", "fn", "int", "list", "none", "fn", "int"]
print([maker(k)() for k in kinds])


def counter():
    n = 0
    fns = []

    def inc():
        nonlocal n
        n += 1
        return n

    fns.append(inc)
    return inc, fns


for _ in range(3):
    inc, fns = counter()
print(inc(), inc(), fns[0] is inc)


def rebinder():
    box = lambda: 1  # noqa: E731

    def read():
        return box

    out = [read()()]
    box = 5
    out.append(read())
    del box
    try:
        read()
    except NameError as e:
        out.append(str(e))
    box = {"k": read}
    out.append(sorted(box))
    return out


for _ in range(3):
    r = rebinder()
print(r)


def param_cell(x):
    def show():
        return x

    return show


print(param_cell([1])(), param_cell(2)(), param_cell(None)(), param_cell(lambda: 3)()())

gc.collect()
made = []
for i in range(300):
    f = maker("fn" if i % 2 else "list")
    made.append(f())
del f
gc.collect()
print(made[:4], len(made))
