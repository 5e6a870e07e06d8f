class EventEmitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event):
        def register(fn):
            self._handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def off(self, event, fn):
        self._handlers[event].remove(fn)

    def emit(self, event, *args):
        return [h(*args) for h in self._handlers.get(event, [])]


bus = EventEmitter()
seen = []


@bus.on("data")
def collect(x):
    seen.append(x)
    return len(seen)


@bus.on("data")
def double(x):
    return x * 2


class Sink:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


sink = Sink()
bus.on("data")(sink.add)
print(bus.emit("data", 5), bus.emit("data", 7), bus.emit("none"))
bus.off("data", double)
print(bus.emit("data", 1), seen, sink.total)
bus.off("data", sink.add)
print(len(bus._handlers["data"]))
