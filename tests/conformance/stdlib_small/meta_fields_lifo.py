# types.new_class/prepare_class choosing the most derived metaclass (and the conflict error),
# dataclasses.Field's attributes before and after processing, LifoQueue's order and size,
# ntpath's separators.
import dataclasses
import ntpath
import queue
import types


class MA(type):
    pass


class MB(MA):
    pass


class MC(type):
    pass


A = MA('A', (), {})
B = MB('B', (), {})
C = MC('C', (), {})
for bases, meta in (((A,), type), ((A, B), type), ((B, A), MA), ((), MB), ((object,), MA),
                    ((A, C), type), ((B,), MC)):
    try:
        m, ns, kw = types.prepare_class('X', bases, {'metaclass': meta} if meta is not type
                                        else None)
        print([b.__name__ for b in bases], meta.__name__, '->', m.__name__)
        print('  ', type(types.new_class('X', bases, {'metaclass': meta})).__name__)
    except TypeError as exc:
        print([b.__name__ for b in bases], meta.__name__, 'TypeError', exc)

f = dataclasses.field(default=3, repr=False, compare=False, metadata={'k': 1}, kw_only=True)
print(f.name, f.type, f.default, f.default_factory is dataclasses.MISSING, f.init, f.repr,
      f.hash, f.compare, dict(f.metadata), f.kw_only)


@dataclasses.dataclass
class D:
    x: int
    y: list = dataclasses.field(default_factory=list, hash=True)


for fld in dataclasses.fields(D):
    print(fld.name, fld.type, fld.default is dataclasses.MISSING,
          fld.default_factory is dataclasses.MISSING, fld.init, fld.repr, fld.hash,
          fld.compare, dict(fld.metadata), fld.kw_only)

q = queue.LifoQueue(maxsize=3)
for item in 'abc':
    q.put(item)
print(q.qsize(), q.full(), q.empty())
try:
    q.put_nowait('d')
except queue.Full:
    print('Full')
print([q.get() for _ in range(3)], q.qsize(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
print(repr(ntpath.sep), ntpath.altsep, ntpath.pathsep, ntpath.curdir, ntpath.pardir,
      ntpath.extsep, ntpath.defpath, ntpath.devnull, ntpath.join('a', 'b/c'))
