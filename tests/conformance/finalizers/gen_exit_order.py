# Garbage cycles are closed first (the collection at exit), then what is
# still alive; a yield-from chain closes inner before outer, and __del__ of
# instances and generator closes keep CPython's order.
import math

tag = "tag"
counter = {"n": 0}


class Box:
    pass


class D:
    def __del__(self):
        print("del", type(self).__name__, counter["n"])


def run(n):
    try:
        yield n
    finally:
        print("finally", n, tag, abs(-n))


def inner():
    try:
        yield "i"
    finally:
        counter["n"] += 1
        print("inner finally", math.sqrt(16), counter)


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally", len(counter))


def make():
    gen = outer()
    next(gen)

    def holder():
        return gen

    return holder


def with_del():
    x = D()
    try:
        yield x
    finally:
        print("with_del finally", isinstance(x, D))


b = Box()
b.me = b
b.gens = [run(i) for i in range(3)]
for x in b.gens:
    next(x)
keep = run(9)
next(keep)
del b, x
h = make()
d = D()
w = with_del()
next(w)
print("end")
