# iterating bytes gives ints; reversed, enumerate, zip, sum, list, sorted
b = b'\x03\x01\x02'
print(list(b), tuple(b), sum(b), max(b), min(b), sorted(b))
print(list(reversed(b)), list(enumerate(b'ab')), list(zip(b'ab', b'cd')))
print([x + 1 for x in b'abc'], {x for x in b'aab'}, dict(zip(b'ab', 'xy')))
it = iter(b'xy')
print(next(it), next(it), next(it, 'done'))
print(list(iter(b'')), list(reversed(b'')))
a, c = b'AC'
print(a, c)
print(list(map(chr, b'hi')), any(b'\x00'), all(b'\x01\x02'))
