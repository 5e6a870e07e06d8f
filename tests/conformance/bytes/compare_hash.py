# ordering, equality with other types, hashing in dicts and sets
print(b'a' < b'b', b'a' < b'ab', b'b' > b'ab', b'abc' <= b'abc', b'' < b'\x00', b'\xff' > b'\x7f')
print(b'a' == b'a', b'a' != b'a', b'a' == 'a', b'a' == 97, b'' == b'')
print(sorted([b'pear', b'apple', b'fig', b'', b'Apple']), max(b'x', b'xy'))
d = {b'k': 1, 'k': 2}
d[b'k'] += 10
print(d, len({b'a', b'a', b'b'}), b'k' in d, hash(b'xy') == hash(bytes([120, 121])))
s = set()
for i in range(300):
    s.add(bytes([i % 7]) * (i % 3))
print(len(s), sorted(s))
for op in ['<', '<=', '>', '>=']:
    try:
        print(eval("b'a' " + op + " 'a'"))
    except TypeError as e:
        print('TypeError:', e)
