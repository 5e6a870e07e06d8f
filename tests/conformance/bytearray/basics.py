# bytearray: construction, repr, items, slices, comparison with bytes
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray('é', 'utf-8'), bytearray(range(3)))
print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b'\'"')), str(bytearray(b'x')), f'{bytearray(b"q")}')
b = bytearray(b'hello')
print(b[0], b[-1], b[1:3], b[::-1], len(b), list(b), bytes(b), type(b[1:]).__name__)
print(b == b'hello', b'hello' == b, b == bytearray(b'hello'), b != b'x', b < b'help', b'hellp' > b, b == 'hello')
print(b + b'!', b'<' + b, b * 2, 2 * b, type(b + b'!').__name__, type(b'<' + b).__name__)
print(b'el' in b, 108 in b, bytearray(b'') or 'empty', bool(b), sorted(bytearray(b'cab')))
print(bytearray(b'a b').split(), bytearray(b' x ').strip(), bytearray(b'ab').upper(), bytearray(b'abc').hex(), bytearray.fromhex('61 62'))
print(bytearray(b'a,b').partition(b','), b'-'.join([bytearray(b'a'), b'b']), bytearray(b'-').join([b'x', b'y']))
print(bytearray(b'caf\xc3\xa9').decode(), str(bytearray(b'\xe9'), 'latin-1'), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
for f in [lambda: hash(bytearray()), lambda: bytearray(1.5), lambda: bytearray('x'), lambda: bytearray([300]),
          lambda: bytearray(-1), lambda: bytearray(b'a') + 'x', lambda: b[10], lambda: b['x'], lambda: {bytearray(): 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
