def chain(*iterables):
    for it in iterables:
        r = yield from it
        print("sub returned", r)

print(list(chain([1, 2], "ab", range(3), (9,), {"k": 1})))

def from_gen_expr():
    yield from (x * 2 for x in range(3))
print(list(from_gen_expr()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
