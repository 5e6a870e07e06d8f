class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("off grid")
        return self.cells.get(key, ".")

    def __setitem__(self, key, v):
        self.cells[key] = v

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, v):
        return v in self.cells.values()

    def __bool__(self):
        return bool(self.cells)


g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
g[1, 0] = "#"
g[2, 1] = "@"
print(g[1, 0], g[0, 0], bool(g), "#" in g, "?" in g)
del g[1, 0]
print("#" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
