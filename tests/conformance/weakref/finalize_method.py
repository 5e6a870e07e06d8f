# weakref.finalize and WeakMethod.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def greet(self, who):
        return "%s greets %s" % (self.name, who)


res = Resource("db")
f = weakref.finalize(res, print, "closing", "db")
print(f.alive, f.peek()[1] is print, f.peek()[2])
del res
print(f.alive, f(), f.peek(), f.detach())
other = Resource("cache")
g = weakref.finalize(other, lambda: print("never"))
print(g.detach()[0] is other, g.alive, g())
del other

r = Resource("r")
wm = weakref.WeakMethod(r.greet)
print(wm()("you"), wm() == r.greet, wm == weakref.WeakMethod(r.greet))
del r
print(wm())
