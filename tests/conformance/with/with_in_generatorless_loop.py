class Resource:
    opened = 0
    closed = 0

    def __init__(self, i):
        self.i = i

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, et, ev, tb):
        Resource.closed += 1
        return et is ZeroDivisionError


results = []
for i in range(6):
    with Resource(i) as r:
        if i == 4:
            break
        if i % 2:
            continue
        results.append(10 // (i - 2))
print(results, Resource.opened, Resource.closed)


def find(n):
    for i in range(10):
        with Resource(i):
            if i == n:
                return i * 100
    return None


print(find(3), find(20), Resource.opened, Resource.closed)
