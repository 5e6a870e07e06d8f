class Bad:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("third item is bad")
        return self.i


out = []
try:
    for x in Bad():
        out.append(x)
except ValueError as e:
    print(out, e)
for x in Bad():
    print(x)
