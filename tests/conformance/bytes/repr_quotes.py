# repr of bytes picks its quotes and escapes as CPython
for b in [b"'", b'"', b'\'"', b'\\', bytes(range(0, 40)), bytes(range(120, 140)), bytes(range(250, 256))]:
    print(repr(b), str(b))
print([b'a', b'b'], (b'x',), {b'k': b'v'})
print(f'{b"q"!r:>10}|{b"q"}|{b"q"!s}')
print('%r and %s' % (b'a\x00', b'z'))
print('{} {!r}'.format(b'x', b'y'))
