import gc

def selfref():
    me = yield
    yield me

g = selfref()
next(g)
g.send(g)
del g
gc.collect()
print("cycle through a generator frame collected")

def holder():
    data = [1, 2, 3]
    def peek():
        return data
    yield peek
    yield data

h = holder()
peek = next(h)
del h
print(peek())
