# product and permutations feeding closures: a grid of configured handlers.
import itertools

def make_scaler(factor, offset):
    def scale(x):
        return x * factor + offset
    return scale

handlers = {(f, o): make_scaler(f, o) for f, o in itertools.product([1, 2], [0, 10])}
print(sorted((k, h(5)) for k, h in handlers.items()))
print([h(1) for h in itertools.starmap(make_scaler, itertools.permutations([2, 3, 4], 2))])
routes = ["/a", "/b"]
verbs = ["GET", "POST"]
table = {}
for verb, route in itertools.product(verbs, routes):
    table[verb, route] = (lambda v=verb, r=route: v + " " + r)
print([table[k]() for k in sorted(table)])
print(list(itertools.product(range(2), "xy", repeat=2))[:5], len(list(itertools.product("ab", repeat=4))))
