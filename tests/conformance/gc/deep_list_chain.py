# A list chain a million deep, freed by reference counting alone: each death
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


x = bottom("list")
for _ in range(10 ** 6):
    x = [x]
del x
print("list chain freed:", freed == ["list"])
