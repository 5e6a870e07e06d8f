# del of a captured variable: the closures see it unbound, with CPython's
# NameError wording for a free variable; binding it again makes it visible.


def outer():
    x = 1

    def get():
        return x

    print(get())
    del x
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    x = 2
    print(get())


outer()


def delete_through_nonlocal():
    y = "here"

    def drop():
        nonlocal y
        del y

    def read():
        return y

    print(read())
    drop()
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    try:
        drop()
    except NameError as e:
        print("NameError:", e)
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)


delete_through_nonlocal()


def never_bound():
    def f():
        return z

    try:
        f()
    except NameError as e:
        print("NameError:", e)
    z = 3
    print(f())


never_bound()


def generator_sees_delete():
    w = 5

    def g():
        yield w
        yield w

    it = g()
    print(next(it))
    del w
    try:
        next(it)
    except NameError as e:
        print("NameError:", e)


generator_sees_delete()


def unbound_at_the_end():
    def f():
        return q

    f2 = f
    del f
    q = 1
    del q
    return f2()


unbound_at_the_end()
