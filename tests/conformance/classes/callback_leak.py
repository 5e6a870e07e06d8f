import gc


class Registry:
    def __init__(self):
        self.callbacks = {}

    def register(self, name, fn):
        self.callbacks[name] = fn


class Widget:
    live = 0

    def __init__(self, reg, name):
        Widget.live += 1
        self.name = name
        self.data = list(range(100))
        reg.register(name, self.refresh)

    def refresh(self):
        return len(self.data)


reg = Registry()
for i in range(5):
    Widget(reg, "w%d" % i)
print(Widget.live, len(reg.callbacks))
print(reg.callbacks["w3"](), reg.callbacks["w3"].__self__.name)
del reg.callbacks["w3"]
gc.collect()
print(len(reg.callbacks))


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print(gc.collect() >= 2)
