import gc

def worker(log):
    try:
        yield "started"
        yield "more"
    finally:
        log.append("worker finalized")

log = []
w = worker(log)
next(w)
del w
print(log)

log2 = []
def cyclic():
    box = []
    g = worker(log2)
    box.append(g)
    next(g)
    holder = [box]
    box.append(holder)
cyclic()
gc.collect()
print(log2)
