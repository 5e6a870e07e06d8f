class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Obj:
    pass


o = Obj()
p = Proxy(o)
p.x = 1
print(p.x, o.x, "x" in vars(p))
del p.x
print(hasattr(o, "x"), p.log)
try:
    p.missing
except AttributeError as e:
    print(e)


class Defaults:
    a = 1

    def __getattr__(self, name):
        if name.startswith("d_"):
            return name[2:] * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


d = Defaults()
print(d.a, d.d_ab, getattr(d, "d_x"), getattr(d, "zz", "dflt"), hasattr(d, "q"))
