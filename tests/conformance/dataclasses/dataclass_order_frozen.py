from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(Version(3), Version(3, 1)))
try:
    Version(1) < 5
except TypeError as e:
    print(e)

@dataclass(frozen=True)
class Key:
    kind: str
    ident: int = 0

k = Key('user', 7)
try:
    k.kind = 'admin'
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    del k.ident
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(k) == hash(Key('user', 7)), {k: 'v'}[Key('user', 7)], k)
