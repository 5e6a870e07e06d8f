# atexit: callbacks run at exit, last registered first, with their arguments; unregister.
import atexit


def bye(who, punct='!'):
    print('bye', who + punct)


@atexit.register
def first():
    print('registered first, runs last')


atexit.register(bye, 'world')
atexit.register(bye, 'kwargs', punct='?')
atexit.register(print, 'print as a callback')


def dropped():
    print('never printed')


atexit.register(dropped)
atexit.register(dropped)
atexit.unregister(dropped)
print(atexit.register(bye, 'again') is bye)
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
print('main done')
