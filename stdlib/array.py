"""array: typed arrays of numbers (and of characters, typecode 'u').

array(typecode, initializer) holds values of one C type: b B h H i I l L q
Q (integers of 1, 2, 4 or 8 bytes, with CPython's range checks and
OverflowError messages), f d (single and double floats; 'f' rounds each
value to single precision) and u (characters). The sizes and the byte
order of tobytes()/frombytes() are those of CPython on a 64-bit little- or
big-endian Linux machine (native order, l and L 8 bytes).

The values live in a Python list, converted and checked on the way in;
this is correct rather than fast (the byte conversions go through struct).
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


def _single(x):
    """x rounded to IEEE single precision, as an 'f' array stores it."""
    return _struct.unpack("f", _struct.pack("f", x))[0]


def _converter(typecode):
    """The function that checks and converts one value for the typecode."""
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
            return v
        return conv

    def conv(v):
        if not isinstance(v, (int, float)):
            method = getattr(type(v), "__float__", None)
            if method is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = method(v)
        v = float(v)
        return _single(v) if typecode == "f" else v
    return conv


def _struct_code(typecode):
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
        self._conv = _converter(typecode)
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._typecode == "u") != (typecode == "u"):
                if typecode == "u":
                    raise TypeError("array item must be unicode character")
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = [self._conv(v) for v in initializer._items]
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    # -- sequence protocol --

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            if i.step is not None and i.step != 1:
                size = len(range(len(self._items))[i])
                if len(v._items) != size:
                    raise ValueError("attempt to assign array of size %d to extended slice of "
                                     "size %d" % (len(v._items), size))
            self._items[i] = list(v._items)
            return
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        value = self._conv(v)
        try:
            self._items[_index(i)] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # -- operators --

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

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
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    # -- methods --

    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        conv = self._conv
        self._items.extend([conv(v) for v in iterable])

    def insert(self, i, v):
        i = _index(i)
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=_sys.maxsize):
        for k in range(len(self._items))[start:stop]:
            if self._items[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = _ITEMSIZE[self._typecode]
        if size == 1 or not self._items:
            return
        data = self.tobytes()
        swapped = b"".join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tobytes(self):
        code = _struct_code(self._typecode)
        items = [ord(c) for c in self._items] if self._typecode == "u" else self._items
        return _struct.pack("%d%s" % (len(items), code), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._typecode]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack("%d%s" % (len(data) // size, _struct_code(self._typecode)),
                                data)
        if self._typecode == "u":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        conv = self._conv
        self._items.extend([conv(v) for v in lst])

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _ITEMSIZE[self._typecode]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")


ArrayType = array
