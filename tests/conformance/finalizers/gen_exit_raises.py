# A generator whose finally raises at exit: "Exception ignored in" on stderr,
# without source lines (nothing runs any more), and the other finalizers go on.
def run(name):
    try:
        yield 1
    finally:
        print("finally of", name)
        raise ValueError(name)


g = run("alive")
next(g)
h = run("cycle")
next(h)
lst = [h]
lst.append(lst)
del h, lst
print("end")
