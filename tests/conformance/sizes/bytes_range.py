# closured's own sizes: a bytes is a 24-byte header and length and hash, its bytes and a NUL;
# a range is 40 bytes, and 32 more when its bounds are ints past 64 bits (held as int objects)
import sys
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytes(100)), sys.getsizeof('x'.encode()))
print(sys.getsizeof(range(5)), sys.getsizeof(range(10 ** 20)), sys.getsizeof(range(2 ** 63 - 1)))
# a bytearray is a 32-byte header, length, capacity, buffer pointer and count of the memoryviews
# exporting it, plus its buffer (16 bytes at least, growing by half again); a frozenset is a set's
# object
b = bytearray()
print(sys.getsizeof(b), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(100)))
b.extend(bytes(17))
print(sys.getsizeof(b), sys.getsizeof(frozenset({1, 2})) == sys.getsizeof({1, 2}))
# a memoryview is 192 bytes (its collector link, exporter, owner, offset, cached hash, and shape and
# strides for up to 8 dimensions), whatever it views
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(bytearray(1000))[::2]))
