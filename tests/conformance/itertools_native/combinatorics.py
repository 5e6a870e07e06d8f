# permutations, combinations, combinations_with_replacement, product: orders and edges
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations("ab", 0)), list(permutations([])))
print(len(list(permutations(range(6)))), sum(1 for _ in permutations(range(7), 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations(range(5), 5)), len(list(combinations(range(12), 5))))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(list(product("ab", range(2))), list(product()), list(product("ab", [])))
print(list(product("ab", repeat=2)), list(product(repeat=0)), list(product("a", repeat=0)))
for bad in (lambda: permutations("ab", -1), lambda: combinations("ab", -2),
            lambda: product("a", repeat=-1), lambda: permutations("ab", "x"),
            lambda: combinations("ab"), lambda: combinations_with_replacement(r=2),
            lambda: permutations(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = permutations([[1], [2]])
first = next(p)
first[0].append(9)
print(next(p))
