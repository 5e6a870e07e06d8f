class CM:
    def __enter__(self): return 1
    def __exit__(self, t, v, tb):
        if v is not None:
            raise v
try:
    with CM() as a:
        with CM() as b:
            with CM() as c:
                [].pop()
except IndexError as e:
    print('caught:', e)
print('end')
# deeper: four managers, the innermost failing in __enter__, each __exit__ re-raising
class Loud:
    def __init__(self, name, log): self.name, self.log = name, log
    def __enter__(self):
        if self.name == 'd':
            raise ValueError('enter ' + self.name)
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        self.log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        if v is not None:
            raise v
log = []
try:
    with Loud('a', log), Loud('b', log):
        with Loud('c', log):
            with Loud('d', log):
                pass
except ValueError as e:
    print('caught', e)
print(log)
