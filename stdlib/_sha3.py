"""SHA-3 and SHAKE (FIPS 202) for hashlib, in Python: the Keccak-f[1600]
permutation on 25 64-bit lanes, the sponge absorbing `rate` bytes at a
time. Correct, not fast (a permutation is a few thousand operations)."""

_MASK = (1 << 64) - 1

# round constants, made by the LFSR of FIPS 202 (rc(t), x^8 + x^6 + x^5 + x^4 + 1)
def _round_constants():
    out = []
    r = 1
    bits = []
    for _ in range(7 * 24):
        bits.append(r & 1)
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    for i in range(24):
        c = 0
        for j in range(7):
            if bits[7 * i + j]:
                c |= 1 << ((1 << j) - 1)
        out.append(c)
    return out


_RC = _round_constants()
# rotation offsets r[x + 5y] and the pi step's destinations
_ROT = [0] * 25
_x, _y = 1, 0
for _t in range(24):
    _ROT[_x + 5 * _y] = ((_t + 1) * (_t + 2) // 2) % 64
    _x, _y = _y, (2 * _x + 3 * _y) % 5
del _x, _y, _t


def _keccak_f(a):
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _MASK)
             for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                v = a[x + 5 * y]
                r = _ROT[x + 5 * y]
                if r:
                    v = ((v << r) | (v >> (64 - r))) & _MASK
                b[y + 5 * ((2 * x + 3 * y) % 5)] = v
        for y in range(0, 25, 5):
            row = b[y:y + 5]
            for x in range(5):
                a[y + x] = row[x] ^ ((~row[(x + 1) % 5] & _MASK) & row[(x + 2) % 5])
        a[0] ^= rc


class _Sponge:
    def __init__(self, name, rate, digest_size, suffix, data=b''):
        self.name = name
        self._rate = rate
        self.digest_size = digest_size
        self.block_size = rate
        self._suffix = suffix
        self._lanes = [0] * 25
        self._buf = b''
        if data:
            self.update(data)

    def update(self, data):
        data = self._buf + bytes(memoryview(data))
        rate = self._rate
        full = len(data) - len(data) % rate
        for off in range(0, full, rate):
            block = data[off:off + rate]
            for i in range(rate // 8):
                self._lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
            _keccak_f(self._lanes)
        self._buf = data[full:]

    def _squeeze(self, n):
        lanes = list(self._lanes)
        rate = self._rate
        block = bytearray(self._buf) + bytes(rate - len(self._buf))
        block[len(self._buf)] ^= self._suffix
        block[rate - 1] ^= 0x80
        for i in range(rate // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        out = bytearray()
        while True:
            _keccak_f(lanes)
            for i in range(rate // 8):
                out += lanes[i].to_bytes(8, 'little')
            if len(out) >= n:
                return bytes(out[:n])

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._lanes = list(self._lanes)
        return other

    def __repr__(self):
        return '<_sha3.%s object at %s>' % (self.name, hex(id(self)))


class _SHA3(_Sponge):
    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()


class _SHAKE(_Sponge):
    def digest(self, length):
        if length < 0:
            raise ValueError('value must be positive')
        return self._squeeze(length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def sha3_224(data=b'', *, usedforsecurity=True):
    return _SHA3('sha3_224', 144, 28, 0x06, data)


def sha3_256(data=b'', *, usedforsecurity=True):
    return _SHA3('sha3_256', 136, 32, 0x06, data)


def sha3_384(data=b'', *, usedforsecurity=True):
    return _SHA3('sha3_384', 104, 48, 0x06, data)


def sha3_512(data=b'', *, usedforsecurity=True):
    return _SHA3('sha3_512', 72, 64, 0x06, data)


def shake_128(data=b'', *, usedforsecurity=True):
    return _SHAKE('shake_128', 168, 0, 0x1f, data)


def shake_256(data=b'', *, usedforsecurity=True):
    return _SHAKE('shake_256', 136, 0, 0x1f, data)
