# A tuple chain a million deep, freed by reference counting alone: each death
# nests the next one, and the trashcan turns the nesting into a loop (no C
# stack overflow); a weakly referenced sentinel at the bottom tells it went.
import weakref


class Sentinel:
    pass


freed = []
refs = []


def bottom(name):
    s = Sentinel()
    refs.append(weakref.ref(s, lambda r: freed.append(name)))
    return s


x = bottom("tuple")
for _ in range(10 ** 6):
    x = (x,)
x = None
print("tuple chain freed:", freed == ["tuple"])
