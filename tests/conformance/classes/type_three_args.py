def hello(self):
    return "hello from " + type(self).__name__


Dyn = type("Dyn", (), {"greet": hello, "x": 5})
d = Dyn()
print(d.greet(), Dyn.x, Dyn.__name__, Dyn.__bases__, type(Dyn))
Sub = type("Sub", (Dyn,), {"x": 6})
print(Sub().greet(), Sub.x, [c.__name__ for c in Sub.__mro__])
print(type(d) is Dyn, type(3), type("s"), type(None), type(type))
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
