from contextlib import contextmanager

def make_tracker():
    depth = 0
    log = []
    @contextmanager
    def level(name):
        nonlocal depth
        depth += 1
        log.append('%s%s' % ('  ' * depth, name))
        try:
            yield depth
        finally:
            depth -= 1
    return level, log, lambda: depth

level, log, current = make_tracker()
with level('a') as d1:
    with level('b') as d2:
        with level('c') as d3:
            print(d1, d2, d3, current())
print(current())
print(chr(10).join(log))

@level('decorated')
def work():
    return current()
print(work(), work(), current())
