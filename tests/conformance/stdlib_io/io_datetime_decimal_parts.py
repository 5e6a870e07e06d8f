# The private halves of io, datetime and decimal: RawIOBase.read and readall over readinto
# (partial reads, None from a blocked stream, sizes that are not ints), IOBase.readline over
# read and iteration, TextIOWrapper's read-only settings, IsoCalendarDate's fields,
# timedelta's repr, Decimal's real and imag, localcontext and the rounding names.
import datetime
import decimal
import io


class Chunks(io.RawIOBase):
    def __init__(self, pieces):
        self.pieces = list(pieces)

    def readable(self):
        return True

    def readinto(self, b):
        if not self.pieces:
            return 0
        piece = self.pieces.pop(0)
        if piece is None:
            return None
        n = min(len(b), len(piece))
        b[:n] = piece[:n]
        if n < len(piece):
            self.pieces.insert(0, piece[n:])
        return n


r = Chunks([b'ab', b'cdef', None, b'gh\nij\n', b'k'])
print(r.read(3), r.read(10), r.read(2), r.read(1), r.readline(), r.readall())
print(Chunks([None]).readall(), Chunks([]).readall(), Chunks([b'x', None]).readall())
print(Chunks([b'line one\nline', b' two\n', b'three']).readlines())
print(list(Chunks([b'a\nb\n', b'c'])))
c = Chunks([b'abc\ndef'])
print(c.readline(2), c.readline(-1), c.readline(), c.readline())
c.close()
try:
    iter(c)
except ValueError as exc:
    print('ValueError', exc)
for size in (None, 2.0, '1'):
    try:
        print(r.read(size))
    except TypeError as exc:
        print('TypeError', exc)
print(Chunks([b'xyz']).read(True), Chunks([b'xyz']).read(-5))

t = io.TextIOWrapper(io.BytesIO(b'x\r\ny\n'), encoding='latin-1', errors='replace',
                     line_buffering=True, write_through=False, newline=None)
print(t.encoding, t.errors, t.line_buffering, t.write_through, type(t.buffer).__name__)
for name in ('encoding', 'errors', 'line_buffering', 'write_through', 'buffer'):
    try:
        setattr(t, name, 'x')
        print(name, 'set')
    except AttributeError:
        print(name, 'AttributeError')
print(t.read(), t.newlines)

iso = datetime.date(2021, 1, 3).isocalendar()
print(iso, iso.year, iso.week, iso.weekday, tuple(iso), iso[1:], type(iso).__name__)
try:
    iso.year = 5
except AttributeError:
    print('AttributeError year')
for td in (datetime.timedelta(0), datetime.timedelta(1), datetime.timedelta(seconds=5),
           datetime.timedelta(microseconds=-1), datetime.timedelta(2, 3, 4),
           datetime.timedelta(days=-1, microseconds=7)):
    print(repr(td), str(td))
print(datetime.timedelta(1) - datetime.timedelta(seconds=1),
      datetime.timedelta(0) - datetime.timedelta(1))

d = decimal.Decimal('-2.5')
print(d.real, d.imag, type(d.imag).__name__, d.real is d, complex(d))
print(decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
      decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP)
for mode in (decimal.ROUND_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.ROUND_FLOOR):
    print(mode, d.quantize(decimal.Decimal(1), rounding=mode),
          decimal.Decimal('1.25').quantize(decimal.Decimal('0.1'), rounding=mode))
before = decimal.getcontext()
with decimal.localcontext() as ctx:
    ctx.prec = 3
    print(decimal.getcontext() is ctx, decimal.Decimal(1) / 7)
print(decimal.getcontext() is before, decimal.Decimal(1) / 7)
with decimal.localcontext(prec=5, rounding=decimal.ROUND_DOWN) as ctx:
    print(ctx.prec, ctx.rounding, decimal.Decimal(2) / 3)
