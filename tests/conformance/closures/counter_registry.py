registry = {}
def make_counter(name):
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def read():
        return count
    registry[name] = read
    return incr
a = make_counter("a")
b = make_counter("b")
a(); a(5); b(2)
print({k: r() for k, r in registry.items()})
incs = [make_counter("c" + str(i)) for i in range(3)]
for i, inc in enumerate(incs):
    inc(i * 10)
print({k: r() for k, r in registry.items()})
print(sorted(registry))
