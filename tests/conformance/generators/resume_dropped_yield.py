# Generators whose `yield` is a statement (its value dropped), resumed by a
# for loop: values in order, while-loops and for-loops inside the
# generator, throw() and close() while suspended there (and in a yield
# from under it), re-entrancy, RecursionError and an error on the line
# right after the yield (its traceback line).
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def over(xs):
    for x in xs:
        yield x * 2


def first_line_after_yield(n):
    for i in range(n):
        yield i
        if i == 2:
            raise KeyError("after yield %d" % i)


print(list(count(5)), [x for x in over([1, 2, 3])])
total = 0
for a in count(4):
    for b in over(count(a)):
        total += a * 10 + b
print(total)

try:
    for v in first_line_after_yield(5):
        print("got", v)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("KeyError", e, [(fr.name, fr.lineno - tb[0].lineno) for fr in tb])


def resumable():
    while True:
        try:
            yield "tick"
        except ValueError as e:
            print("caught inside:", e)
        finally:
            print("finally")


g = resumable()
for n, v in enumerate(g):
    print(n, v)
    if n == 1:
        print("throw ->", g.throw(ValueError("boom")))
    if n == 2:
        g.close()
        print("closed", g.gi_frame is None)
        break


def delegating():
    yield from count(3)
    yield "after"


d = delegating()
for v in d:
    print("d", v)
    if v == 1:
        try:
            d.throw(IndexError("into yield from"))
        except IndexError as e:
            print("IndexError", e)
        break


def reentrant():
    for i in range(3):
        yield i
        if i == 1:
            next(me)


me = reentrant()
try:
    for v in me:
        print("re", v)
except ValueError as e:
    print("ValueError:", e)


def deep(n):
    yield n
    for v in deep(n + 1):
        yield v


limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
seen = 0
try:
    for v in deep(0):
        seen = v
except RecursionError:
    print("RecursionError after", seen > 50)
sys.setrecursionlimit(limit)


def pipeline():
    src = (i * i for i in range(10))
    kept = (x for x in src if x % 2)
    for x in kept:
        yield x
        yield -x


print(list(pipeline()), sum(x for x in pipeline()), any(x > 60 for x in pipeline()))
