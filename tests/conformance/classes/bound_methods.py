class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("ann")
m = g.greet
print(m("bob"), m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__, Greeter.greet.__qualname__)
print(Greeter.greet(g, "carl"))
fs = [Greeter(n).greet for n in "xyz"]
print([f("q") for f in fs])
print(m == g.greet, m is g.greet)
g.greet = lambda o: "shadowed " + o
print(g.greet("dan"), Greeter.greet(g, "dan"))
del g.greet
print(g.greet("eve"))
