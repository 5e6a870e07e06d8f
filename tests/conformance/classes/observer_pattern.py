class Subject:
    def __init__(self):
        self._observers = []

    def attach(self, fn):
        self._observers.append(fn)

    def notify(self, *args):
        return [fn(*args) for fn in self._observers]


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, msg):
        self.lines.append(self.prefix + msg)
        return len(self.lines)


s = Subject()
l1, l2 = Logger("A:"), Logger("B:")
s.attach(l1.log)
s.attach(l2.log)
s.attach(lambda m: m.upper())
print(s.notify("hi"), s.notify("there"))
print(l1.lines, l2.lines)
print(s._observers[0].__self__ is l1, s._observers[1] == l2.log)
