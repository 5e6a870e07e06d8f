# tolist, tobytes, comparison and slice assignment of views long enough for their C loops
# to cross the runtime's safe points (where a slice may end and resume): the same results.
data = bytes(range(256)) * 40
m = memoryview(data)
strided = m[::3]
print(len(strided.tolist()), sum(strided.tolist()), strided.tobytes() == data[::3])
print(m.cast('H').tolist()[:3], len(m.cast('I').tolist()), m[::-1].tobytes() == data[::-1])
print(m == data, strided == data[::3], m[::2] == m[::2], m[1::2] == m[::2])
print(m.cast('B', (40, 256)).tolist()[39][255], m.cast('B', (40, 256)).tobytes(order='F')[:4])
buf = bytearray(len(data))
view = memoryview(buf)
view[::2] = m[1::2]
view[1::2] = m[::2]
print(buf[:6], bytes(buf[1::2]) == data[::2], hash(memoryview(data)[::5]) == hash(data[::5]))
d = memoryview(bytes(8 * 3000)).cast('d')
print(d.tolist()[:2], d == memoryview(bytes(8 * 3000)).cast('d'), len(d[::7].tobytes()))
