# timeit.Timer's generated function and its order of checks: which of a bad
# stmt and a bad setup is reported first, callables and strings mixed, the
# names the setup binds seen by the statement, globals, repeat, and autorange
# driven by a counting timer (so the results are exact).
import timeit

for args in [(5, 6), ('pass', 6), (5, 'pass'), (print, 6), (5, print)]:
    try:
        timeit.Timer(*args)
    except ValueError as exc:
        print('ValueError', exc)
for stmt, setup in [('x = (', 'def'), ('pass', 'def'), (lambda: None, 'def'), ('x = (', print)]:
    try:
        timeit.Timer(stmt, setup)
        print('accepted')
    except SyntaxError as exc:
        print('SyntaxError', exc.msg, exc.filename)
ticks = [0]


def tick():
    ticks[0] += 1


def clock():
    return ticks[0] / 1000


t = timeit.Timer(tick, timer=clock)
print(t.timeit(7), t.repeat(3, 5), t.repeat(0, 5), ticks)
seen = []
print(t.autorange(lambda n, took: seen.append((n, took))), seen)
calls = []
mixed = timeit.Timer('calls.append(base)', lambda: calls.append('setup'), globals={'calls': calls, 'base': 1})
mixed.timeit(3)
print(calls)
local = timeit.Timer('acc.append(n * 2)', 'acc = []; n = 21\nimport sys')
print(local.timeit(2) >= 0, 'acc = []' in local.src, local.src.count('\n'), timeit.timeit('dummy_src_name', number=1) >= 0)
shared = {'total': 0}
timeit.timeit('total += 1', number=4, globals=shared) if False else None
timeit.Timer('g.append(1)', globals={'g': seen}).timeit(2)
print(len(seen), timeit.repeat('pass', number=1, repeat=2).__len__())
