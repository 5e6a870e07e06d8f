# array.array keeps its values in a native typed buffer: memoryview(a) views them (writes show
# in the array), and while a view lives the array cannot change its length.
from array import array
a = array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.obj is a, m.readonly, len(m))
m[0] = 100
print(a, a[0])
a[1] = -5
print(m[1], bytes(m))
for op in (lambda: a.append(4), lambda: a.extend([1]), lambda: a.pop(), lambda: a.insert(0, 1),
           lambda: a.remove(3), lambda: a.frombytes(b'\0\0\0\0'), lambda: a.__delitem__(0),
           lambda: a.__iadd__(array('i', [1])), lambda: a.__imul__(2), lambda: a.fromlist([1])):
    try:
        op()
        print("changed", a)
    except BufferError as e:
        print("BufferError:", e)
a.reverse()
a.byteswap()
a.byteswap()
a[0:1] = array('i', [9])
print(a, m.tolist())
m.release()
a.append(4)
a.extend(range(3))
print(a, len(a))
with memoryview(a) as v:
    print(v.cast('B')[:4].tolist(), v.tobytes() == a.tobytes())
a.pop(0)
print(a)
for code, vals in (('b', [-1, 2]), ('B', [255, 0]), ('h', [-300]), ('H', [60000]), ('l', [-2**63]),
                   ('L', [2**64 - 1]), ('q', [2**62]), ('Q', [5]), ('f', [0.1, 2.5]), ('d', [1e300])):
    x = array(code, vals)
    v = memoryview(x)
    print(code, v.format, v.itemsize, v.tolist(), x.tolist(), x.itemsize, x.tobytes() == bytes(v))
u = array('u', 'hé')
print(memoryview(u).nbytes, u, u.tounicode(), u[1], list(u))
d = array('d', [1.5, 2.5])
memoryview(d)[1] = 7.25
print(d, sum(d), d.tolist())
try:
    memoryview(d)[0] = 'x'
except TypeError as e:
    print("TypeError:", e)
b = array('B', b'abc')
print(bytes(memoryview(b)), bytearray(memoryview(b)), b.tobytes())
c = array('h', [1, 2, 3, 4, 5, 6])
print(c[::2], c[1:4], c[::-1], c[4:1:-1])
c[::2] = array('h', [7, 8, 9])
del c[1::2]
print(c, c.buffer_info()[1])
c2 = array('h')
c2.frombytes(memoryview(array('h', [11, 12])).cast('B'))
print(c2, array('h', c2), c2 == array('h', [11, 12]), c2 < array('h', [11, 13]))
for bad in (lambda: array('b', [200]), lambda: array('H', [-1]), lambda: array('i', [2**31]),
            lambda: array('I', [-1]), lambda: array('L', [-1]), lambda: array('Q', [2**64]),
            lambda: array('b', [1.5]), lambda: array('f', ['x']), lambda: array('u', [1])):
    try:
        bad()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(array('i', [1, 2, 3]))
print(next(it), list(it))
grow = array('i', [1, 2])
for x in grow:
    if x < 4:
        grow.append(x + 2)
print(grow)
class Sub(array):
    pass
s = Sub('i', [4, 5])
print(type(s).__name__, memoryview(s).tolist(), s + array('i', [6]))
try:
    memoryview(object())
except TypeError as e:
    print(e)
