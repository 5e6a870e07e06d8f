# accumulate and starmap driving closures that keep state across calls.
import itertools
import operator


def running(fn):
    calls = []
    def step(acc, x):
        calls.append((acc, x))
        return fn(acc, x)
    return step, calls


step, calls = running(operator.mul)
print(list(itertools.accumulate([1, 2, 3, 4], step)), calls)
print(list(itertools.accumulate([5, 3, 8, 1], min)), list(itertools.accumulate("abc", initial="_")))
balance = list(itertools.accumulate([100, -20, -30, 50], initial=0))
print(balance, max(balance), list(itertools.starmap(operator.sub, itertools.pairwise(balance))))
fib = lambda n: list(itertools.islice(itertools.accumulate(itertools.repeat(None, n), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1)), n))
print([a for a, b in fib(10)])
