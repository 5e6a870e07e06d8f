# product (with repeat), permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(2))), list(product()), list(product("ab", [])))
print(list(product([0, 1], repeat=3)))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 0)))
print(len(list(permutations(range(6)))), sum(1 for _ in combinations(range(10), 4)))
for bad in (lambda: permutations("abc", -1), lambda: combinations("abc", -2),
            lambda: product("ab", repeat=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError:", e)
