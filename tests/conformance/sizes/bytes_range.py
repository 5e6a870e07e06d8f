# closured's own sizes: a bytes is a 24-byte header and length and hash, its bytes and a NUL;
# a range is 40 bytes, and 32 more when its bounds are ints past 64 bits (held as int objects)
import sys
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytes(100)), sys.getsizeof('x'.encode()))
print(sys.getsizeof(range(5)), sys.getsizeof(range(10 ** 20)), sys.getsizeof(range(2 ** 63 - 1)))
