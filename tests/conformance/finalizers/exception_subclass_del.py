# __del__ of exception subclasses: when the last reference goes, when a
# handler's name is unbound, and for a cycle through the traceback.
import gc


class Tracked(Exception):
    def __del__(self):
        print("__del__", self.args)


def make():
    e = Tracked("local")
    return None


make()
print("after make")
try:
    raise Tracked("raised")
except Tracked as err:
    print("handling", err)
print("after handler")
keep = Tracked("kept")
print("kept alive:", keep.args)
del keep
print("after del")


class Chained(Tracked):
    pass


try:
    try:
        raise Tracked("inner")
    except Tracked:
        raise Chained("outer")
except Chained as e:
    print("caught", e, "context", e.__context__)
gc.collect()
print("after collect")


def cycle():
    try:
        raise Tracked("cyclic")
    except Tracked as e:
        return e


x = cycle()
x.self_ref = x
del x
gc.collect()
print("end")
