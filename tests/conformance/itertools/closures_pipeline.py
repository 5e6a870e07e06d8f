# itertools chains over closures: lazily composed stages built by factories.
import itertools

def stage_filter(pred):
    def run(items):
        return itertools.filterfalse(lambda x: not pred(x), items)
    return run

def stage_map(fn):
    def run(items):
        return itertools.starmap(fn, ((x,) for x in items))
    return run

def pipeline(*stages):
    def run(items):
        for s in stages:
            items = s(items)
        return items
    return run

evens_squared = pipeline(stage_filter(lambda n: n % 2 == 0), stage_map(lambda n: n * n))
print(list(itertools.islice(evens_squared(itertools.count()), 6)))

counters = [lambda i=i: i * 10 for i in range(3)]
print(list(itertools.chain.from_iterable((f(), f() + 1) for f in counters)))

def make_acc(start):
    total = start
    def add(a, b):
        nonlocal total
        total += 1
        return a + b
    return add, lambda: total

add, calls = make_acc(0)
print(list(itertools.accumulate(range(1, 6), add)), calls())
handlers = {k: (lambda k=k: k.upper()) for k in "abc"}
print([h() for h in itertools.chain(handlers.values(), [lambda: "!"])])
print([f() for f in itertools.takewhile(lambda f: f() != "C", handlers.values())])
