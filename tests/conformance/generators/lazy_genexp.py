seen = []
def check(x):
    seen.append(x)
    return x > 2

print(any(check(x) for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [5, 1, 9]), seen)

log = []
def src():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
squares = (x * x for x in src())
log.append("created")
print(next(squares))
log.append("after first")
print(list(squares))
print(log)
