# split, rsplit, splitlines, join, partition
print(b'  a  b\tc\n'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b''.split(), b''.split(b','))
print(b'  a  b  c  '.split(None, 1), b'  a  b  c  '.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'a::b::c'.rsplit(b'::'))
print(b'x'.split(maxsplit=0), b' x y '.split(maxsplit=0), b'a-b-c'.split(sep=b'-', maxsplit=1))
print(b'l1\nl2\r\nl3\rl4\n'.splitlines(), b'l1\nl2\r\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines(keepends=True))
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join(iter([b'x'])), b'.'.join((b'1', b'2')))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'kv'.rpartition(b'='))
for f in [lambda: b','.join([b'a', 'b']), lambda: b','.join(5), lambda: b'a'.split(b''), lambda: b'a'.split(','),
          lambda: b'a'.partition(b''), lambda: b'a'.partition('x'), lambda: b'a'.split(1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
