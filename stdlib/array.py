"""array: typed arrays of numbers (and of characters, typecode 'u').

array(typecode, initializer) holds values of one C type: b B h H i I l L q
Q (integers of 1, 2, 4 or 8 bytes, with CPython's range checks and
OverflowError messages), f d (single and double floats; 'f' rounds each
value to single precision) and u (characters). The sizes and the byte
order of tobytes()/frombytes() are those of CPython on a 64-bit little- or
big-endian Linux machine (native order, l and L 8 bytes).

The values live in a bytearray, in the machine's representation, read and
written through a memoryview cast to the typecode (the native code does the
packing); an array is a buffer: memoryview(a) views its bytes (format
'I' for 'u'), and while such a view lives the array cannot change its
length (BufferError), as in CPython. The view the array keeps for itself is
released and made again around each change of length.
"""

import struct as _struct
import sys as _sys

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
             "q": 8, "Q": 8, "f": 4, "d": 8}

# (low, high, message when above, message when below) per integer typecode
_LIMITS = {
    "b": (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    "h": (-32768, 32767, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    "H": (0, 65535, "unsigned short is greater than maximum",
          "unsigned short is less than minimum"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
    "I": (0, 2 ** 32 - 1, "unsigned int is greater than maximum",
          "can't convert negative value to unsigned int"),
    "l": (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2 ** 64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    "q": (-2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (0, 2 ** 64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


def _converter(typecode):
    """The function that checks one value for the typecode and gives what its view stores."""
    if typecode in _LIMITS:
        low, high, above, below = _LIMITS[typecode]

        def conv(v):
            n = _index(v)
            if n > high:
                raise OverflowError(above)
            if n < low:
                raise OverflowError(below)
            return n
        return conv
    if typecode == "u":
        def conv(v):
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return ord(v)
        return conv

    def conv(v):
        if not isinstance(v, (int, float)):
            method = getattr(type(v), "__float__", None)
            if method is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = method(v)
        return float(v)
    return conv


def _view_code(typecode):
    # the memoryview format of the storage: a character is its code point
    return "I" if typecode == "u" else typecode


class array(object):
    """array(typecode[, initializer]): a sequence of values of one C type."""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._size = _ITEMSIZE[typecode]
        self._code = _view_code(typecode)
        self._conv = _converter(typecode)
        self._b = bytearray()
        self._m = memoryview(self._b).cast(self._code)
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._typecode == "u") != (typecode == "u"):
                if typecode == "u":
                    raise TypeError("array item must be unicode character")
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._append_values([self._conv(v) for v in initializer])
        else:
            self.extend(initializer)

    # -- the storage --

    def _resize(self, change, *args):
        """Runs change(bytearray, *args), which changes the storage's length, with the
        array's own view released; BufferError while another view of the array lives."""
        self._m.release()
        try:
            change(self._b, *args)
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None
        finally:
            self._m = memoryview(self._b).cast(self._code)

    def _pack(self, values):
        # the bytes of already converted values
        return _struct.pack("%d%s" % (len(values), self._code), *values)

    def _append_values(self, values):
        if values:
            self._resize(bytearray.extend, self._pack(values))

    def _get(self, k):
        v = self._m[k]
        return chr(v) if self._typecode == "u" else v

    def _values(self):
        # the stored values as a list (code points for 'u')
        return self._m.tolist()

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return self._size

    def _new(self, data):
        a = array(self._typecode)
        a.frombytes(data)
        return a

    def __buffer__(self, flags):
        return memoryview(self._b).cast(self._code)

    # -- sequence protocol --

    def __len__(self):
        return len(self._m)

    def __iter__(self):
        # reads the array as it is at each step, as CPython's iterator does
        k = 0
        while k < len(self._m):
            yield self._get(k)
            k += 1

    def __reversed__(self):
        return reversed(self.tolist())

    def __contains__(self, v):
        return v in self.tolist()

    def _item_index(self, i, message):
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        k = _index(i)
        n = len(self._m)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError(message)
        return k

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = range(len(self._m))[i]
            if r.step == 1:
                return self._new(self._b[r.start * self._size:r.stop * self._size])
            a = array(self._typecode)
            a._append_values([self._m[k] for k in r])
            return a
        return self._get(self._item_index(i, "array index out of range"))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            r = range(len(self._m))[i]
            data = bytes(v._b)
            if r.step == 1:
                lo = r.start * self._size
                hi = max(r.stop, r.start) * self._size
                if hi - lo == len(data):
                    self._b[lo:hi] = data
                else:
                    self._resize(_replace, lo, hi, data)
                return
            if len(v) != len(r):
                raise ValueError("attempt to assign array of size %d to extended slice of "
                                 "size %d" % (len(v), len(r)))
            values = v._values()
            m = self._m
            for k, x in zip(r, values):
                m[k] = x
            return
        k = self._item_index(i, "array assignment index out of range")
        self._m[k] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            r = range(len(self._m))[i]
            if not len(r):
                return
            if r.step == 1:
                self._resize(_replace, r.start * self._size, r.stop * self._size, b"")
                return
            gone = set(r)
            keep = [x for k, x in enumerate(self._values()) if k not in gone]
            self._resize(_replace, 0, len(self._b), self._pack(keep))
            return
        k = self._item_index(i, "array assignment index out of range")
        self._resize(_replace, k * self._size, (k + 1) * self._size, b"")

    # -- operators --

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(bytes(self._b) + bytes(other._b))

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(bytes(self._b) * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        data = bytes(self._b) * n
        if len(data) != len(self._b):
            self._resize(_replace, 0, len(self._b), data)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self.tolist(), other.tolist())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __copy__(self):
        return self._new(bytes(self._b))

    def __deepcopy__(self, memo):
        return self._new(bytes(self._b))

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, self.tolist()))

    def __repr__(self):
        if not len(self._m):
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % self.tounicode()
        return "array('%s', %r)" % (self._typecode, self.tolist())

    # -- methods --

    def append(self, v):
        self._append_values([self._conv(v)])

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._append_values(iterable._values())
            return
        conv = self._conv
        self._append_values([conv(v) for v in iterable])

    def insert(self, i, v):
        k = _index(i)
        n = len(self._m)
        if k < 0:
            k = max(k + n, 0)
        k = min(k, n)
        data = self._pack([self._conv(v)])
        self._resize(_replace, k * self._size, k * self._size, data)

    def pop(self, i=-1):
        if not len(self._m):
            raise IndexError("pop from empty array")
        k = self._item_index(i, "pop index out of range")
        v = self._get(k)
        self._resize(_replace, k * self._size, (k + 1) * self._size, b"")
        return v

    def remove(self, v):
        for k, x in enumerate(self):
            if x == v:
                del self[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=_sys.maxsize):
        items = self.tolist()
        for k in range(len(items))[start:stop]:
            if items[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self.tolist() if x == v)

    def reverse(self):
        size = self._size
        data = bytes(self._b)
        n = len(data)
        self._b[:] = b"".join(data[k - size:k] for k in range(n, 0, -size))

    def buffer_info(self):
        return (id(self), len(self._m))

    def byteswap(self):
        size = self._size
        if size == 1 or not len(self._m):
            return
        data = bytes(self._b)
        swapped = bytearray(len(data))
        for k in range(size):
            swapped[k::size] = data[size - 1 - k::size]
        self._b[:] = swapped

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, data):
        data = bytes(memoryview(data))
        if len(data) % self._size:
            raise ValueError("bytes length not a multiple of item size")
        if data:
            self._resize(bytearray.extend, data)

    def tolist(self):
        values = self._m.tolist()
        if self._typecode == "u":
            return [chr(v) for v in values]
        return values

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        conv = self._conv
        self._append_values([conv(v) for v in lst])

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(map(chr, self._m.tolist()))

    def fromunicode(self, s):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._append_values([ord(c) for c in s])

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = self._size
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")


def _replace(b, lo, hi, data):
    # b[lo:hi] = data on the storage (a change of its length)
    b[lo:hi] = data


ArrayType = array
