def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
def adder(n):
    return lambda x: x + n
def multiplier(n):
    return lambda x: x * n
f = compose(adder(1), multiplier(10), adder(2))
print(f(0), f(5))
steps = [adder(i) for i in range(5)]
g = compose(*steps)
print(g(0))
h = compose()
print(h("unchanged"))
print(len(f.__closure__), f.__code__.co_freevars)
