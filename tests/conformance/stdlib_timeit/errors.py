# timeit's refusals: bad stmt/setup types, syntax errors, errors inside the loop.
import timeit
import gc

for args in [(5,), ('pass', 3)]:
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print('ValueError:', e)

for stmt, setup in [('x = (', 'pass'), ('pass', 'def')]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.filename)

try:
    timeit.timeit('1 / 0', number=3)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(gc.isenabled())

try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError:', e)

gc.disable()
timeit.timeit('pass', number=2)
print(gc.isenabled())
gc.enable()

t = timeit.Timer('y = 1')
print(hasattr(t, 'timeit'), t.timer is timeit.default_timer)
timeit.timeit('return_value_is_ignored = 1', number=1)
timeit.timeit('1 + ', number=1)
