# A `for` over a tuple or list display keeps the display's items on the
# stack instead of building the tuple and its iterator. What the program can
# see must not change: the order the items are evaluated and released in
# (at the loop's end, break, return, an exception, a generator closed in the
# loop), else clauses, continue, nested loops, unpacking targets, yields,
# displays the loop cannot take (starred items, more than 16, empty).
import gc
import sys

log = []


class Item:
    def __init__(self, name):
        self.name = name
        log.append("make " + name)

    def __del__(self):
        log.append("free " + self.name)

    def __repr__(self):
        return self.name


def flush(title):
    print(title, log)
    log.clear()


def plain():
    for x in (Item("a"), Item("b"), Item("c")):
        log.append("body " + x.name)
    log.append("after")
    del x


plain()
flush("plain:")


def with_else():
    for x in [Item("a"), Item("b")]:
        log.append("body " + x.name)
    else:
        log.append("else, x is " + x.name)
    x = None
    log.append("end")


with_else()
flush("else:")


def with_break():
    for x in (Item("a"), Item("b"), Item("c")):
        if x.name == "b":
            break
        log.append("body " + x.name)
    else:
        log.append("no else")
    log.append("after break, x is " + x.name)
    x = None
    log.append("end")


with_break()
flush("break:")


def with_return():
    keep = Item("local")
    for x in (Item("a"), Item("b"), Item("c")):
        if x.name == "b":
            return "returned " + x.name
    return "none"


print(with_return())
flush("return:")


def return_in_finally_and_with():
    class Ctx:
        def __enter__(self):
            log.append("enter")

        def __exit__(self, *a):
            log.append("exit")

    try:
        with Ctx():
            for x in (Item("a"), Item("b")):
                for y in [Item("c"), Item("d")]:
                    if y.name == "d":
                        return x.name + y.name
    finally:
        log.append("finally")


print(return_in_finally_and_with())
flush("return through with and finally:")


def continue_and_nested():
    out = []
    for i in (1, 2, 3, 4):
        if i % 2:
            continue
        for j in [i, i * 10, i * 100]:
            out.append(j)
            if j > 100:
                break
        else:
            out.append("else")
    return out


print(continue_and_nested())


def raising():
    for x in (Item("a"), Item("b"), Item("c")):
        if x.name == "b":
            raise ValueError("at " + x.name)


try:
    raising()
except ValueError as e:
    log.append("caught " + str(e))
    e = None
flush("raise:")


def bad_item():
    raise KeyError("item")


def partial_display():
    for x in (Item("a"), Item("b"), bad_item(), Item("never")):
        log.append("body")


try:
    partial_display()
except KeyError as e:
    log.append("caught " + repr(e))
flush("display raising:")


def gen():
    for x in (Item("a"), Item("b"), Item("c")):
        yield x.name


g = gen()
print(next(g), next(g))
g.close()
flush("generator closed:")
g = gen()
print(list(g))
flush("generator drained:")


def targets():
    out = []
    for a, (b, c) in ((1, (2, 3)), [4, (5, 6)]):
        out.append(a + b + c)
    for k in ({"x": 1}, {"y": 2}):
        out.extend(k)
    for s in ("ab", "cd")[::-1]:
        out.append(s)
    try:
        for p, q in ((1, 2), (3,)):
            out.append(p + q)
    except ValueError as e:
        out.append(str(e))
    return out


print(targets())


def not_taken(a, b):
    out = []
    for x in (*a, *b):
        out.append(x)
    for x in [*a, 9]:
        out.append(x)
    for x in ():
        out.append("never")
    for x in []:
        out.append("never")
    for x in (1,):
        out.append(x * 100)
    return out


print(not_taken((1, 2), [3]))


def many():
    total = 0
    for x in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16):
        total += x
    for x in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17):
        total += x * 1000
    return total


print(many())


def reenter(n):
    if n == 0:
        return [sys._getframe().f_code.co_name]
    out = []
    for step in (n - 1, n - 2):
        if step >= 0:
            out += reenter(step)
    return out


print(len(reenter(10)))


def loop_var_rebinding():
    seen = []
    for x in [1, 2, 3]:
        seen.append(x)
        x = "rebound"
        seen.append(x)
    return seen, x


print(loop_var_rebinding())


def mutate_sources():
    a = [1, 2]
    out = []
    for lst in (a, a):
        lst.append(len(lst))
        out.append(list(lst))
    return out


print(mutate_sources())
gc.collect()
print(log)
