# Errors raised when an adaptor is called (not when iterated), as CPython.
import itertools

for name, call in [
    ("cycle", lambda: itertools.cycle(5)),
    ("zip_longest", lambda: itertools.zip_longest([], 5)),
    ("islice", lambda: itertools.islice(5, 1)),
    ("starmap", lambda: itertools.starmap(pow, 5)),
    ("accumulate", lambda: itertools.accumulate(5)),
    ("pairwise", lambda: itertools.pairwise(5)),
    ("tee", lambda: itertools.tee(5)),
    ("product", lambda: itertools.product([1], 5)),
    ("permutations", lambda: itertools.permutations(5)),
    ("groupby", lambda: itertools.groupby(5)),
    ("compress", lambda: itertools.compress([], 5)),
    ("takewhile", lambda: itertools.takewhile(bool, 5)),
]:
    try:
        call()
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError:", e)
lazy = itertools.chain(5)
try:
    next(lazy)
except TypeError as e:
    print("chain TypeError at next:", e)
try:
    list(itertools.starmap(pow, [1]))
except TypeError as e:
    print("starmap item TypeError:", e)
