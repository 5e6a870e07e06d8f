# A diamond's cooperative super() chain with one branch patched after warm-up.
class Root:
    def hello(self):
        return ["Root"]


class Left(Root):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Root):
    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


b = Bottom()
for _ in range(40):
    r = b.hello()
print(r, [k.__name__ for k in Bottom.__mro__])
Right.hello = lambda self: ["Right2"]
print(b.hello())
del Left.hello
print(b.hello())
print(Left().hello())
