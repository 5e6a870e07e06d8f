# __len__ and __hash__ answering an int subclass count as its int value; a negative
# __len__ is refused as negative however large it is.
class LI(int):
    def __hash__(self):
        return 99
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(len(L(LI(5))), type(len(L(LI(5)))).__name__, bool(L(LI(0))))
print(hash(H(LI(7))), hash(H(LI(2**70))), hash(H(True)))
for v in (-1, -2**70, 2**70, 1.5, '3', None):
    try:
        print(len(L(v)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for v in (1.5, 'x', None):
    try:
        print(hash(H(v)))
    except TypeError as e:
        print(type(e).__name__, e)
class F(float):
    pass
try:
    len(L(F(2.0)))
except TypeError as e:
    print(type(e).__name__, e)
