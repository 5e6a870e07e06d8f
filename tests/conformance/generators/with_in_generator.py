class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, typ, exc, tb):
        self.log.append("exit %s (%s)" % (self.name, typ.__name__ if typ else None))
        return False


def reader(log):
    with Resource("file", log) as r:
        for i in range(3):
            yield "%s line %d" % (r.name, i)


log = []
print(list(reader(log)), log)

log = []
g = reader(log)
print(next(g))
g.close()
print(log)

log = []
g = reader(log)
next(g)
del g
print(log)

log = []
g = reader(log)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError:
    print("KeyError escaped", log)
