class N:
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __index__(self): return 3
class I:
    def __index__(self): return 4
class T:
    def __trunc__(self): return 9
print(float(N()), int(N()), float(I()), int(I()), [0, 1, 2, 3][N()], hex(I()), range(I()))
import math
print(math.floor(N()) if hasattr(N, "__floor__") else "", round(2.5))
for bad in [lambda: float(object()), lambda: int(object())]:
    try:
        bad()
    except TypeError as e:
        print(e)
class B:
    def __float__(self): return 1
try:
    float(B())
except TypeError as e:
    print(e)
