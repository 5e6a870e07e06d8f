# Comparing lists whose items' __eq__/__lt__ change the lists: the lengths and items are read
# again at each step (the items a comparison dropped stay alive while compared), as CPython.
class Popper:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        if self.lst:
            self.lst.pop()
        return True
    __hash__ = object.__hash__
L = []
L.extend(Popper(L) for _ in range(5))
print(L == [Popper([]) for _ in range(5)], len(L))
M = []
M.extend(Popper(M) for _ in range(6))
print(M == [Popper([]) for _ in range(3)] + [1, 2, 3], len(M))
class Clearer:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
    def __lt__(self, other):
        self.lst.append(Clearer(self.lst))
        return True
N = []
N.extend(Clearer(N) for _ in range(4))
print(N < [Clearer([]), 1], len(N))
P = []
P.extend(Clearer(P) for _ in range(3))
print(P == [Clearer([])] * 3, P != [Clearer([])] * 3, len(P))
T = (Popper(L), Popper(L))
print(T == (1, 2), len(L))
class Grower:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.append(Grower(self.lst))
        return True
G = []
G.extend(Grower(G) for _ in range(3))
H = [0, 0, 0]
print(G == H, len(G), G <= H, len(G))
