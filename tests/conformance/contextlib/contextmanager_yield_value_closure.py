from contextlib import contextmanager

def pool(size):
    free = list(range(size))
    @contextmanager
    def borrow():
        item = free.pop()
        try:
            yield item
        finally:
            free.append(item)
    return borrow, free

borrow, free = pool(2)
with borrow() as a:
    with borrow() as b:
        print(a, b, free)
    print(free)
print(sorted(free))
try:
    with borrow() as a:
        with borrow() as b:
            with borrow() as c:
                pass
except IndexError as e:
    print('exhausted:', e)
print(sorted(free))
