# closures capturing instances of builtin subclasses, and a registry dict
# subclass holding closures.
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco

    def __missing__(self, name):
        return lambda *a: "no handler for " + name


handlers = Registry()


@handlers.register("add")
def _(a, b):
    return a + b


def make_counter():
    counts = Registry()
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit


hit = make_counter()
hit("a"); hit("b"); hit("a")
print(hit("c"), hit.__closure__[0].cell_contents is hit("a"))
print(handlers["add"](2, 3), handlers["mul"](2, 3), sorted(handlers))


class Path(tuple):
    def __new__(cls, *parts):
        return tuple.__new__(cls, parts)

    def join(self):
        return "/".join(self)


makers = [lambda i=i: Path("root", str(i)) for i in range(3)]
print([m().join() for m in makers], {Path("a"): 1}[("a",)])
