# copyreg: the reduction registry and the reconstructors that object's
# default __reduce_ex__ names, used by code that customises copying.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2])
fn, args, state, items, pairs = p.__reduce_ex__(2)
print(fn is copyreg.__newobj__, args == (Point,), state, items, pairs)
q = fn(*args)
q.__dict__.update(state)
print(q, type(q) is Point)
fn, args, *rest = p.__reduce_ex__(0)
print(fn is copyreg._reconstructor, args[0] is Point, args[1] is object, rest)
print(copy.deepcopy(p), copy.copy(p).y is p.y)


class Tagged(list):
    pass


t = Tagged([1, 2])
fn, args, state, items, pairs = t.__reduce_ex__(2)
print(fn is copyreg.__newobj__, args[0] is Tagged, state, list(items), pairs)


def pickle_point(pt):
    return Point, (pt.x, pt.y)


copyreg.pickle(Point, pickle_point)
print(copyreg.dispatch_table[Point] is pickle_point)
try:
    copyreg.pickle(Point, 42)
except TypeError as e:
    print("TypeError", e)
print(copyreg.__newobj_ex__(Point, (), {}).__class__.__name__)
