def run():
    total = 0
    fs = []
    for i in range(4):
        def add(i=i):
            nonlocal total
            total += i
        fs.append(add)
    for f in fs:
        f()
    for f in fs[1:]:
        f()
    return total
print(run())
def counter_dict():
    counts = {}
    def see(key):
        counts[key] = counts.get(key, 0) + 1
    for w in "a b a c b a".split():
        see(w)
    return counts
print(counter_dict())
