# weak references to closures: a registry that does not keep handlers alive.
import gc
import weakref

log = []


def make_handler(name, payload):
    data = [payload] * 3
    def handler(event):
        return "%s got %s (%d)" % (name, event, len(data))
    return handler


class Bus:
    def __init__(self):
        self.handlers = []

    def subscribe(self, fn):
        self.handlers.append(weakref.ref(fn, lambda wr: log.append("dropped")))

    def publish(self, event):
        out = []
        for wr in list(self.handlers):
            fn = wr()
            if fn is None:
                self.handlers.remove(wr)
            else:
                out.append(fn(event))
        return out


bus = Bus()
h1 = make_handler("one", 1)
h2 = make_handler("two", 2)
bus.subscribe(h1)
bus.subscribe(h2)
bus.subscribe(make_handler("temp", 3))  # referenced only weakly: gone at once
print(bus.publish("start"), log)
del h1
print(bus.publish("next"), log, len(bus.handlers))


def self_referencing():
    def again(n):
        return again if n else None  # a closure in a cycle with its own cell
    return again


c = self_referencing()
wc = weakref.ref(c, lambda wr: log.append("cycle freed"))
del c
print(wc() is not None, log)
gc.collect()
print(wc(), log)
