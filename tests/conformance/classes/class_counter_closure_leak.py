import gc


class Cache:
    instances = []

    def __init__(self, name):
        self.name = name
        self.data = {}
        Cache.instances.append(self)

    def getter(self, key):
        return lambda: self.data.get(key, self.name + ":miss")


def make(n):
    getters = []
    for i in range(n):
        c = Cache("c%d" % i)
        c.data[i] = i * i
        getters.append(c.getter(i))
    return getters


gs = make(4)
print([g() for g in gs], len(Cache.instances))
Cache.instances.clear()
print(gs[2](), gs[2].__closure__[1].cell_contents.name)
del gs
gc.collect()
print(len(Cache.instances))
