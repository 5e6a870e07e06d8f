from contextlib import suppress, closing, nullcontext

with suppress(KeyError, IndexError):
    [][0]
print('suppressed index')
with suppress(ZeroDivisionError):
    pass
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed:', e)

class Conn:
    def __init__(self): self.open = True
    def close(self):
        self.open = False
        print('closed')
c = Conn()
with closing(c) as conn:
    print(conn is c, conn.open)
print(c.open)
with nullcontext('value') as v:
    print(v)
with nullcontext() as v:
    print(v)
