# pprint lays out a dataclass like a call, one field per line when it does
# not fit; a dataclass with its own __repr__ keeps it.
import pprint
from dataclasses import dataclass, field


@dataclass
class Shelf:
    label: str
    books: list
    hidden: int = field(default=0, repr=False)


@dataclass
class Room:
    name: str
    shelves: list


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom<%d>' % self.x


short = Shelf('a', [1, 2])
pprint.pprint(short)
room = Room('study', [Shelf('poetry ' * 3, list(range(14))), Shelf('maths', ['x' * 30, 'y' * 30])])
pprint.pprint(room, width=50)
pprint.pprint(room, width=50, depth=2)
pprint.pprint([Custom(i) for i in range(30)], width=40, compact=True)
print(pprint.pformat(Shelf('z' * 70, []), width=60))
