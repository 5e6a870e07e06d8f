def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next():
    it = iter([])
    yield next(it)
try:
    for x in uses_next():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
