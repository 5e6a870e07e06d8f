# A subclass of BufferedRandom that counts its reads and writes through
# super(): iterating it reads lines without going through its own read(),
# and leaving the with block closes the raw stream.
import io
import sys


class Metered(io.BufferedRandom):
    def __init__(self, raw):
        super().__init__(raw)
        self.read_ops = self.write_ops = self.read_bytes = 0

    def __next__(self):
        self.read_ops += 1
        line = super().readline()
        self.read_bytes += len(line)
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def read(self, size=-1):
        self.read_ops += 1
        data = super().read(size)
        self.read_bytes += len(data)
        return data

    def write(self, b):
        self.write_ops += 1
        return super().write(b)


raw = io.BytesIO(b"alpha\nbeta\ngamma\n")
with Metered(raw) as f:
    print(f.read(3))
    for line in f:
        print(line)
    print(f.read_ops, f.read_bytes)
    print(f.write(b"delta"), f.write_ops, f.tell())
print(f.closed, raw.closed)

# a program reading "standard input" from a wrapper over bytes
sys.stdin = io.TextIOWrapper(io.BytesIO("3\nx y\né\n".encode()), encoding="utf-8")
n = int(input())
print(n, input().split(), sys.stdin.readline().strip(), repr(sys.stdin.read()))
