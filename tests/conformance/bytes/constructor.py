# bytes(...) in every form
print(bytes(), bytes(0), bytes(4), bytes(True))
print(bytes([1, 2, 255]), bytes((65, 66)), bytes(range(97, 100)), bytes({7}))
print(bytes(x * 2 for x in range(5)), bytes(b'copy'), bytes(iter([0x41])))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(source='é', encoding='latin-1'))
print(bytes('\u20ac', 'utf-8', 'strict'), bytes('a€', 'ascii', 'replace'), bytes('a€', 'ascii', errors='ignore'))
b = b'same'
print(bytes(b) is b, type(bytes(3)).__name__)
def bad(*a, **k):
    try:
        print(bytes(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
bad('str')
bad(b'x', 'utf-8')
bad(5, errors='strict')
bad(-1)
bad([256])
bad([-1])
bad(['a'])
bad([1.0])
bad(1.5)
bad(None)
bad(object())
bad('x', 5)
bad('x', 'no-such-codec')
bad(10 ** 30)
