def g():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")

gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("value", e.value)

def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(h()))
