"""bz2 for closured: bzip2 streams decoded and encoded in Python (no libbz2):
decompress, compress, BZ2Decompressor, BZ2Compressor, and BZ2File or open()
over a stream the program gives. Decoding reads any valid bzip2 stream and
checks every block CRC and the stream CRC. Encoding writes valid streams
that bzip2 and CPython read back, but not libbz2's bytes: the block sort,
the Huffman tables (one table, sent twice) and so the compressed lengths are
closured's own. Both are correct rather than fast (Python loops over bits).
closured opens no files: a file name given to BZ2File or open() raises
PermissionError."""

import io as _io
import threading as _threading

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']

_BLOCK_MAGIC = 0x314159265359
_END_MAGIC = 0x177245385090
_GROUP = 50           # symbols coded with one table
_RUN_A, _RUN_B = 0, 1


def _crc_table():
    table = []
    for byte in range(256):
        value = byte << 24
        for _ in range(8):
            value = ((value << 1) ^ 0x04C11DB7 if value & 0x80000000 else value << 1)
            value &= 0xFFFFFFFF
        table.append(value)
    return table


_CRC = _crc_table()


def _block_crc(data):
    """bzip2's CRC: CRC-32 with the bits taken most significant first."""
    crc = 0xFFFFFFFF
    table = _CRC
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[(crc >> 24) ^ byte]
    return crc ^ 0xFFFFFFFF


def _combine(stream_crc, block_crc):
    return (((stream_crc << 1) | (stream_crc >> 31)) & 0xFFFFFFFF) ^ block_crc


class _NeedMore(Exception):
    """The input ends before the structure being read does."""


class _Bad(Exception):
    """The input is not a valid bzip2 stream."""


class _Bits(object):
    """Reads bits, most significant first, from bytes at a bit position."""

    def __init__(self, data, position=0):
        self.data = data
        self.byte = position >> 3
        self.held = 0
        self.count = 0
        skip = position & 7
        if skip:
            self.read(skip)

    def read(self, n):
        while self.count < n:
            if self.byte >= len(self.data):
                raise _NeedMore
            self.held = ((self.held << 8) | self.data[self.byte]) & ((1 << (self.count + 8)) - 1)
            self.byte += 1
            self.count += 8
        self.count -= n
        return (self.held >> self.count) & ((1 << n) - 1)

    def bit(self):
        return self.read(1)

    def position(self):
        return self.byte * 8 - self.count


# ---- decoding ----

def _read_tables(bits):
    """The used byte values, the selectors and the Huffman decoders of a block."""
    used_ranges = bits.read(16)
    used = []
    for high in range(16):
        if used_ranges & (0x8000 >> high):
            row = bits.read(16)
            used.extend(high * 16 + low for low in range(16) if row & (0x8000 >> low))
    if not used:
        raise _Bad
    alphabet = len(used) + 2
    groups = bits.read(3)
    count = bits.read(15)
    if not 2 <= groups <= 6 or count < 1:
        raise _Bad
    order = list(range(groups))
    selectors = []
    for _ in range(count):
        steps = 0
        while bits.bit():
            steps += 1
            if steps >= groups:
                raise _Bad
        chosen = order.pop(steps)
        order.insert(0, chosen)
        selectors.append(chosen)
    decoders = []
    for _ in range(groups):
        length = bits.read(5)
        lengths = []
        for _ in range(alphabet):
            while True:
                if not 1 <= length <= 20:
                    raise _Bad
                if not bits.bit():
                    break
                length += -1 if bits.bit() else 1
            lengths.append(length)
        decoders.append(_decoder(lengths))
    return used, selectors, decoders


def _decoder(lengths):
    """{(length, code): symbol} for canonical codes of those lengths."""
    table = {}
    code = 0
    for length in range(1, 21):
        for symbol, size in enumerate(lengths):
            if size == length:
                table[(length, code)] = symbol
                code += 1
        code <<= 1
    return table


def _read_symbols(bits, used, selectors, decoders):
    """The block's byte values after undoing the move-to-front and zero runs."""
    end = len(used) + 1
    front = list(used)
    out = bytearray()
    run = 0
    run_weight = 1
    group_left = 0
    chosen = -1
    while True:
        if group_left == 0:
            chosen += 1
            if chosen >= len(selectors):
                raise _Bad
            table = decoders[selectors[chosen]]
            group_left = _GROUP
        group_left -= 1
        code = 0
        for length in range(1, 21):
            code = (code << 1) | bits.bit()
            symbol = table.get((length, code))
            if symbol is not None:
                break
        else:
            raise _Bad
        if symbol <= _RUN_B:
            run += run_weight << symbol
            run_weight <<= 1
            continue
        if run:
            out.extend(bytes([front[0]]) * run)
            run = 0
            run_weight = 1
        if symbol == end:
            return out
        value = front.pop(symbol - 1)
        front.insert(0, value)
        out.append(value)


def _unsort(last, origin):
    """The block before the Burrows-Wheeler sort, from its last column."""
    size = len(last)
    if origin >= size:
        raise _Bad
    starts = [0] * 256
    for value in last:
        starts[value] += 1
    total = 0
    for value in range(256):
        starts[value], total = total, total + starts[value]
    follow = [0] * size
    for index, value in enumerate(last):
        follow[starts[value]] = index
        starts[value] += 1
    out = bytearray(size)
    at = follow[origin]
    for index in range(size):
        out[index] = last[at]
        at = follow[at]
    return out


def _unrun(data):
    """Undoes the first run-length stage: four equal bytes then a repeat count."""
    out = bytearray()
    index = 0
    size = len(data)
    while index < size:
        value = data[index]
        stop = index + 1
        while stop < size and stop - index < 4 and data[stop] == value:
            stop += 1
        out.extend(data[index:stop])
        if stop - index == 4 and stop < size:
            out.extend(bytes([value]) * data[stop])
            stop += 1
        index = stop
    return out


def _read_block(bits):
    """(data, crc) of the block after its magic, or None after the end marker."""
    magic = bits.read(48)
    if magic == _END_MAGIC:
        return None, bits.read(32)
    if magic != _BLOCK_MAGIC:
        raise _Bad
    crc = bits.read(32)
    if bits.bit():
        raise _Bad  # randomised blocks: bzip2 0.9.0's, never written since
    origin = bits.read(24)
    used, selectors, decoders = _read_tables(bits)
    data = _unrun(_unsort(_read_symbols(bits, used, selectors, decoders), origin))
    if _block_crc(data) != crc:
        raise _Bad
    return data, crc


class BZ2Decompressor(object):
    """Decodes one bzip2 stream given in pieces."""

    def __init__(self):
        self._lock = _threading.Lock()
        self._input = b''
        self._position = None  # bit position of the next block; None before the header
        self._stream_crc = 0
        self._pending = bytearray()
        self._ended = False    # the end-of-stream marker has been read
        self._unused = b''
        self.needs_input = True

    @property
    def eof(self):
        """True once the end of the stream is read and all its data returned."""
        return self._ended and not self._pending

    @property
    def unused_data(self):
        return self._unused if self.eof else b''

    def decompress(self, data, max_length=-1):
        with self._lock:
            if self.eof:
                raise EOFError('End of stream already reached')
            if self._ended:
                self._unused += bytes(data)
            else:
                self._input += bytes(data)
                self._advance()
            if max_length is None or max_length < 0:
                out, self._pending = bytes(self._pending), bytearray()
            else:
                out = bytes(self._pending[:max_length])
                del self._pending[:max_length]
            self.needs_input = not self.eof and not self._pending
            return out

    def _advance(self):
        if self._position is None:
            if len(self._input) < 4:
                if not b'BZh'.startswith(self._input[:3]):
                    raise OSError('Invalid data stream')
                return
            if self._input[:3] != b'BZh' or not 0x31 <= self._input[3] <= 0x39:
                raise OSError('Invalid data stream')
            self._position = 32
        while not self._ended:
            bits = _Bits(self._input, self._position)
            try:
                data, crc = _read_block(bits)
            except _NeedMore:
                return
            except _Bad:
                raise OSError('Invalid data stream') from None
            if data is None:
                if crc != self._stream_crc:
                    raise OSError('Invalid data stream')
                self._ended = True
                self._unused = self._input[(bits.position() + 7) // 8:]
                self._input = b''
                return
            self._stream_crc = _combine(self._stream_crc, crc)
            self._pending += data
            # Keep only the bytes from the next block on.
            self._input = self._input[bits.position() // 8:]
            self._position = bits.position() % 8


def decompress(data):
    """The bytes of every bzip2 stream in data, one after another."""
    pieces = []
    while data:
        engine = BZ2Decompressor()
        try:
            pieces.append(engine.decompress(data))
        except OSError:
            if pieces:
                break
            raise
        if not engine.eof:
            raise ValueError('Compressed data ended before the end-of-stream marker was '
                             'reached')
        data = engine.unused_data
    return b''.join(pieces)


# ---- encoding ----

class _BitWriter(object):
    def __init__(self):
        self.out = bytearray()
        self.held = 0
        self.count = 0

    def write(self, value, n):
        self.held = (self.held << n) | (value & ((1 << n) - 1))
        self.count += n
        while self.count >= 8:
            self.count -= 8
            self.out.append((self.held >> self.count) & 0xFF)
        self.held &= (1 << self.count) - 1

    def finish(self):
        if self.count:
            self.out.append((self.held << (8 - self.count)) & 0xFF)
            self.held = self.count = 0
        return bytes(self.out)


def _run_encode(data):
    """The first run-length stage: a run of 4 to 255 + 4 equal bytes becomes four
    of them and a count of the rest."""
    out = bytearray()
    index = 0
    size = len(data)
    while index < size:
        value = data[index]
        stop = index + 1
        while stop < size and stop - index < 259 and data[stop] == value:
            stop += 1
        run = stop - index
        if run >= 4:
            out.extend(bytes([value]) * 4)
            out.append(run - 4)
        else:
            out.extend(bytes([value]) * run)
        index = stop
    return out


def _sort_rotations(block):
    """The rotations of block in sorted order, by prefix doubling of their ranks."""
    size = len(block)
    rank = list(block)
    order = list(range(size))
    width = 1
    while True:
        keys = [rank[i] * (size + 256) + rank[(i + width) % size] for i in range(size)]
        order.sort(key=keys.__getitem__)
        fresh = [0] * size
        current = 0
        for position in range(1, size):
            if keys[order[position]] != keys[order[position - 1]]:
                current += 1
            fresh[order[position]] = current
        rank = fresh
        if current == size - 1 or width >= size:
            return order
        width *= 2


def _code_lengths(frequencies, limit=17):
    """Huffman code lengths for the frequencies, none longer than limit."""
    weights = [max(f, 1) for f in frequencies]
    while True:
        # Each node: (weight, tie-breaker, symbols below it).
        nodes = [(w, index, [index]) for index, w in enumerate(weights)]
        lengths = [0] * len(weights)
        tick = len(weights)
        while len(nodes) > 1:
            nodes.sort(key=lambda node: (node[0], node[1]))
            (w1, _, s1), (w2, _, s2) = nodes[0], nodes[1]
            for symbol in s1 + s2:
                lengths[symbol] += 1
            nodes = nodes[2:] + [(w1 + w2, tick, s1 + s2)]
            tick += 1
        if max(lengths) <= limit:
            return lengths
        weights = [1 + w // 2 for w in weights]


def _canonical_codes(lengths):
    codes = [0] * len(lengths)
    code = 0
    for length in range(1, 21):
        for symbol, size in enumerate(lengths):
            if size == length:
                codes[symbol] = code
                code += 1
        code <<= 1
    return codes


def _write_block(writer, block):
    """Writes one block (of run-encoded bytes); returns its CRC."""
    original = _unrun(block)
    crc = _block_crc(original)
    order = _sort_rotations(block)
    size = len(block)
    last = bytes(block[(start - 1) % size] for start in order)
    origin = order.index(0)
    used = sorted(set(block))
    front = list(used)
    symbols = []
    zeros = 0

    def flush_zeros(count):
        # Zero runs in bijective base 2: RUNA counts 1, RUNB 2, at each place.
        while count > 0:
            count -= 1
            symbols.append(_RUN_A if count % 2 == 0 else _RUN_B)
            count //= 2

    for value in last:
        place = front.index(value)
        if place == 0:
            zeros += 1
            continue
        flush_zeros(zeros)
        zeros = 0
        front.pop(place)
        front.insert(0, value)
        symbols.append(place + 1)
    flush_zeros(zeros)
    end = len(used) + 1
    symbols.append(end)
    frequencies = [0] * (end + 1)
    for symbol in symbols:
        frequencies[symbol] += 1
    lengths = _code_lengths(frequencies)
    codes = _canonical_codes(lengths)

    writer.write(_BLOCK_MAGIC, 48)
    writer.write(crc, 32)
    writer.write(0, 1)
    writer.write(origin, 24)
    ranges = 0
    for high in range(16):
        if any(high * 16 <= value < high * 16 + 16 for value in used):
            ranges |= 0x8000 >> high
    writer.write(ranges, 16)
    for high in range(16):
        if ranges & (0x8000 >> high):
            row = 0
            for value in used:
                if high * 16 <= value < high * 16 + 16:
                    row |= 0x8000 >> (value - high * 16)
            writer.write(row, 16)
    groups = 2
    selectors = (len(symbols) + _GROUP - 1) // _GROUP
    writer.write(groups, 3)
    writer.write(selectors, 15)
    for _ in range(selectors):
        writer.write(0, 1)  # always table 0: its move-to-front index stays 0
    for _ in range(groups):
        current = lengths[0]
        writer.write(current, 5)
        for length in lengths:
            while current < length:
                writer.write(0b10, 2)
                current += 1
            while current > length:
                writer.write(0b11, 2)
                current -= 1
            writer.write(0, 1)
    for symbol in symbols:
        writer.write(codes[symbol], lengths[symbol])
    return crc


class BZ2Compressor(object):
    """Encodes data given in pieces into one bzip2 stream."""

    def __init__(self, compresslevel=9, /):
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        self._level = compresslevel
        self._data = bytearray()
        self._flushed = False
        self._lock = _threading.Lock()

    def compress(self, data, /):
        with self._lock:
            if self._flushed:
                raise ValueError('Compressor has been flushed')
            self._data += bytes(memoryview(data))
            return b''

    def flush(self):
        with self._lock:
            if self._flushed:
                raise ValueError('Repeated call to flush()')
            self._flushed = True
            writer = _BitWriter()
            writer.write(int.from_bytes(b'BZh' + b'%d' % self._level, 'big'), 32)
            stream_crc = 0
            # Raw pieces small enough that their run-encoded form fits a block.
            piece = self._level * 100000 * 4 // 5 - 64
            data = bytes(self._data)
            self._data = bytearray()
            for start in range(0, len(data), piece):
                block = _run_encode(data[start:start + piece])
                stream_crc = _combine(stream_crc, _write_block(writer, block))
            writer.write(_END_MAGIC, 48)
            writer.write(stream_crc, 32)
            return writer.finish()


def compress(data, compresslevel=9):
    engine = BZ2Compressor(compresslevel)
    return engine.compress(data) + engine.flush()


# ---- files ----

class BZ2File(_io.BufferedIOBase):
    """A bzip2 stream read from or written to a file object the program gives."""

    def __init__(self, filename, mode='r', *, compresslevel=9):
        self._stream = None
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        if mode in ('', 'r', 'rb'):
            self._mode = 'r'
        elif mode in ('w', 'wb', 'x', 'xb', 'a', 'ab'):
            self._mode = 'w'
            self._encoder = BZ2Compressor(compresslevel)
        else:
            raise ValueError('Invalid mode: %r' % (mode,))
        if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
            raise PermissionError('bz2: closured programs cannot open files (%r)' % (filename,))
        if not (hasattr(filename, 'read') or hasattr(filename, 'write')):
            raise TypeError('filename must be a str, bytes, file or PathLike object')
        self._stream = filename
        self._decoded = None
        self._position = 0

    def _load(self):
        if self._decoded is None:
            raw = self._stream.read()
            try:
                if not raw:
                    raise ValueError
                self._decoded = decompress(raw)
            except ValueError:
                raise EOFError('Compressed file ended before the end-of-stream marker was '
                               'reached') from None
        return self._decoded

    def _check(self, mode):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        if mode != self._mode:
            raise _io.UnsupportedOperation('File not open for %s' %
                                           ('reading' if mode == 'r' else 'writing'))

    @property
    def closed(self):
        return self._stream is None

    @property
    def mode(self):
        return 'rb' if self._mode == 'r' else 'wb'

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self._mode == 'r'

    def writable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self._mode == 'w'

    def seekable(self):
        return self.readable()

    def read(self, size=-1):
        self._check('r')
        data = self._load()
        if size is None or size < 0:
            size = len(data) - self._position
        out = data[self._position:self._position + size]
        self._position += len(out)
        return out

    read1 = read

    def peek(self, n=0):
        self._check('r')
        return self._load()[self._position:]

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check('r')
        data = self._load()
        end = data.find(b'\n', self._position) + 1 or len(data)
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        out = data[self._position:end]
        self._position = end
        return out

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, size=-1):
        return list(self)

    def write(self, data):
        self._check('w')
        data = bytes(memoryview(data))
        self._encoder.compress(data)
        self._position += len(data)
        return len(data)

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=_io.SEEK_SET):
        self._check('r')
        if whence == _io.SEEK_CUR:
            offset += self._position
        elif whence == _io.SEEK_END:
            offset += len(self._load())
        elif whence != _io.SEEK_SET:
            raise ValueError('Invalid value for whence: %s' % (whence,))
        self._position = max(0, min(offset, len(self._load())))
        return self._position

    def tell(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self._position

    def fileno(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self._stream.fileno()

    def close(self):
        if self._stream is None:
            return
        try:
            if self._mode == 'w':
                self._stream.write(self._encoder.flush())
        finally:
            self._stream = None


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:  # binary: the text layer's arguments make no sense
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary = BZ2File(filename, mode.replace('t', ''), compresslevel=compresslevel)
    if 't' in mode:
        return _io.TextIOWrapper(binary, encoding, errors, newline)
    return binary
