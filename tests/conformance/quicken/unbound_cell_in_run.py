# NameError from a free variable read by a fused instruction while its
# cell is empty (before the enclosing function binds it, after `del`): the
# traceback names the reading line.


def outer():
    def inner(step):
        nonlocal late
        late += step
        return late

    def reader():
        return late

    try:
        inner(1)
    except NameError as e:
        print("caught:", e)
    late = 5
    print(inner(2), reader())
    del late
    try:
        inner(1)
    except NameError as e:
        print("caught:", e)
    return reader()


outer()
