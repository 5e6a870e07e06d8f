# print writes the separator, then each argument's str(), as it goes: what
# precedes a failing str() or write is written; write is looked up for each
# piece; flush=True calls the file's flush().
import sys
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class BadStr:
    def __str__(self):
        raise RuntimeError('str failed')
c = Collect()
try:
    print('a', 'b', BadStr(), 'c', file=c)
except RuntimeError as e:
    print('RuntimeError', e, c.parts)
try:
    print('before', BadStr(), 'after')
except RuntimeError as e:
    print('RuntimeError', e)
try:
    print(BadStr())
except RuntimeError as e:
    print('RuntimeError', e)
class FlushRaises(Collect):
    def flush(self):
        raise ValueError('no flush')
f = FlushRaises()
try:
    print('x', file=f, flush=True)
except ValueError as e:
    print('ValueError', e, f.parts)
print('y', file=f, flush=False)
print('z', file=f, flush=0)
print(f.parts)
class Flushes(Collect):
    n = 0
    def flush(self):
        Flushes.n += 1
g = Flushes()
print('a', file=g, flush=True)
print('b', file=g, flush=1)
print('c', file=g)
print(Flushes.n, g.parts)
class WriteDeletesItself:
    def write(self, s):
        del WriteDeletesItself.write
        print('deleted write after', repr(s))
try:
    print('y', 'z', file=WriteDeletesItself())
except AttributeError as e:
    print('AttributeError', e)
class Raising:
    def write(self, s):
        if s == ' ':
            raise OSError('disk full')
        sys.stdout.write('[' + s + ']')
try:
    print('one', 'two', file=Raising())
except OSError as e:
    print('OSError', e)
print('x', flush=True)
sys.stdout.flush()
