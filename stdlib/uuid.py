"""uuid: the UUID type of RFC 4122 and the constructors uuid1, uuid3, uuid4, uuid5.

uuid4() and the node and clock sequence of uuid1() come from a private random.Random
seeded like random's default generator (from the clocks): no operating-system entropy is
reachable from a program here, so these identifiers are unique in practice but not
unpredictable. uuid3() and uuid5() need the hashlib module.
"""

from enum import Enum

__all__ = ["UUID", "SafeUUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# The six fields of RFC 4122, in order: name, and where each sits in the
# 128-bit integer (the shift of its lowest bit, its width in bits)
_FIELDS = (("time_low", 96, 32), ("time_mid", 80, 16), ("time_hi_version", 64, 16),
           ("clock_seq_hi_variant", 56, 8), ("clock_seq_low", 48, 8), ("node", 0, 48))


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for number, (field, (_, shift, width)) in enumerate(zip(fields, _FIELDS), 1):
        if not 0 <= field < 1 << width:
            article = "an" if width == 8 else "a"
            raise ValueError("field %d out of range (need %s %d-bit value)"
                             % (number, article, width))
        value |= field << shift
    return value


def _swap_le(data):
    # bytes_le <-> bytes: the first three fields are little-endian in bytes_le
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A 128-bit universally unique identifier; immutable, ordered by its integer."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments "
                            "must be given")
        value = int
        if hex is not None:
            digits = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(digits) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = int_.from_bytes(bytes, "big")
        if fields is not None:
            value = _from_fields(fields)
        if not 0 <= value < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # the RFC 4122 variant (bits 10 at 62) and the version (4 bits at 76)
            value = value & ~(0xc000 << 48) | 0x8000 << 48
            value = value & ~(0xf000 << 64) | version << 76
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _FIELDS)

    @property
    def time(self):
        return (self.time_hi_version & 0x0fff) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def variant(self):
        # the leading bits of clock_seq_hi_variant: 0, 10, 110 or 111
        top = self.int >> 61 & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        return self.int >> 76 & 0xf if self.variant == RFC_4122 else None


def _field_property(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: self.int >> shift & mask)


def _ordering(name, test):
    # UUIDs compare by their integers, and with nothing else
    def compare(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = "UUID." + name
    return compare


for _name, _shift, _width in _FIELDS:
    setattr(UUID, _name, _field_property(_shift, _width))
for _name, _test in (("__eq__", int_.__eq__), ("__lt__", int_.__lt__), ("__gt__", int_.__gt__),
                     ("__le__", int_.__le__), ("__ge__", int_.__ge__)):
    setattr(UUID, _name, _ordering(_name, _test))
del _name, _shift, _width, _test


_generator = []


def _random():
    if not _generator:
        import random
        _generator.append(random.Random())
    return _generator[0]


_node = []


def getnode():
    """A 48-bit node id: random, with the multicast bit set as RFC 4122 asks of one that
    is not a hardware address (no network interface is reachable here)."""
    if not _node:
        _node.append(_random().getrandbits(48) | (1 << 40))
    return _node[0]


_last_timestamp = [None]

# CPython's hooks into the platform's uuid library, which closured does without
# (uuid1 makes its UUIDs itself); libraries that freeze time (freezegun) read them.
_generate_time_safe = None
_UuidCreate = None


def _load_system_functions():
    """Does nothing, as in CPython 3.11, which keeps it for compatibility."""


def uuid1(node=None, clock_seq=None):
    """A UUID from the time (100 ns steps since 1582-10-15), clock sequence and node."""
    import time
    nanoseconds = time.time_ns()
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp[0] is not None and timestamp <= _last_timestamp[0]:
        timestamp = _last_timestamp[0] + 1
    _last_timestamp[0] = timestamp
    if clock_seq is None:
        clock_seq = _random().getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
                        (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def _from_hash(algorithm, namespace, name, version):
    # name is text (encoded as UTF-8), as CPython 3.11 takes it
    import hashlib
    digest = getattr(hashlib, algorithm)(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _from_hash("md5", namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_random().randbytes(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _from_hash("sha1", namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
