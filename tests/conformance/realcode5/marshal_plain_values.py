# marshal: the binary format of plain values, bytes equal to CPython's for
# constants, round trips of every plain type, back references, and errors on
# truncated or unknown data.
import marshal
vals = [None, True, False, 0, -1, 7, 2**31, -2**40, 10**30, 1.5, -0.0, 1e300, 2+3j, 'ab', 'a b', 'é€', '', b'\x00xy',
        (1, 'x'), (), [1, [2, (3,)]], {'k': [1, 2], 3: None}, {1, 2}, frozenset({'q'}), Ellipsis, StopIteration,
        'x' * 300, tuple(range(300))]
for v in vals:
    d = marshal.dumps(v)
    r = marshal.loads(d)
    print(repr(v)[:40], r == v or (v != v), type(r).__name__)
for v in [5, 'ab', (1, 'x'), None, 1.5, -2**40, [1, 2], {'a': 1}]:
    print(marshal.dumps(v))
print(marshal.loads(b'\xa9\x02\xe9\x01\x00\x00\x00r\x01\x00\x00\x00'))
for bad in [b'', b'i\x01', b'?', b'r\x05\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
print(marshal.version, marshal.loads(marshal.dumps(3.25, 1)))
