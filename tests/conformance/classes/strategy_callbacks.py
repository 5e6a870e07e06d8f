class Calculator:
    ops = {}

    @classmethod
    def register(cls, sym):
        def deco(fn):
            cls.ops[sym] = fn
            return fn
        return deco

    def run(self, a, sym, b):
        return self.ops[sym](a, b)


@Calculator.register("+")
def add(a, b):
    return a + b


@Calculator.register("*")
def mul(a, b):
    return a * b


Calculator.register("-")(lambda a, b: a - b)
c = Calculator()
print(c.run(2, "+", 3), c.run(2, "*", 3), c.run(2, "-", 3), sorted(Calculator.ops))
