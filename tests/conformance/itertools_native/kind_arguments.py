# The itertools types' argument errors, with CPython's messages.
import itertools as it

cases = [
    "it.chain(a=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1, 2)",
    "it.islice()", "it.islice([])", "it.islice([], 1, 2, 3, 4)", "it.islice([], stop=1)",
    "it.permutations()", "it.permutations([1], 'x')", "it.permutations([1], r=-1)",
    "it.combinations([1])", "it.combinations(r=1)", "it.combinations([1], 2, 3)",
    "it.combinations_with_replacement('a')", "it.product(a=1)", "it.product([1], repeat=-1)",
    "it.groupby()", "it.groupby([], 1, 2)", "it.groupby(x=1)", "it.groupby([], x=1)",
    "it.accumulate()", "it.accumulate([], x=1)", "it.accumulate([], None, 1)",
    "it.pairwise()", "it.pairwise(1, 2)", "it.pairwise(x=1)",
    "it.starmap()", "it.starmap(len)", "it.starmap(f=1)",
    "it.takewhile(1)", "it.dropwhile()", "it.filterfalse()", "it.filterfalse(None)",
    "it.compress()", "it.compress([])", "it.compress([], [], [])", "it.compress(data=[])",
    "it.cycle()", "it.cycle(1, 2)", "it.cycle(x=1)", "it.zip_longest(a=1)",
    "it.count('a')", "it.count(1, 2, 3)", "it.repeat()", "it.repeat(1, None)",
    "it.tee()", "it.tee([], 2, 3)", "it.tee([], -1)",
    "it.chain(1)", "list(it.chain(1))", "it.pairwise(1)", "it.cycle(1)", "it.starmap(len, 1)",
    "it.takewhile(len, 1)", "it.compress(1, [])", "it.accumulate(1)", "it.groupby(1)",
    "it._grouper()", "it._grouper(1, 2)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__ + ":", e)
