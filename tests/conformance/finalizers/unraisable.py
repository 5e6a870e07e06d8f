# An exception out of __del__ is printed ("Exception ignored in: ...", its
# traceback) and the program goes on, from reference counting, from the
# collector and at exit; the exception being handled is not disturbed.
import gc


class Faulty:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalizing', self.name)
        raise ValueError('boom in ' + self.name)


f = Faulty('refcount')
del f
print('went on')
c = Faulty('cycle')
c.me = c
del c
gc.collect()
print('after collect')
try:
    raise KeyError('outer')
except KeyError as e:
    g = Faulty('inside except')
    g = None
    print('still handling', repr(e))


def helper(x):
    return 1 / x


class Deep:
    def __del__(self):
        helper(0)


Deep()
print('after deep')
last = Faulty('at exit')
print('end')
