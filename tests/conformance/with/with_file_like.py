class MemoryFile:
    registry = {}

    def __init__(self, name, mode="r"):
        self.name, self.mode = name, mode
        self.closed = False
        self.buf = [] if "w" in mode else list(MemoryFile.registry.get(name, []))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self.buf.append(s)

    def read(self):
        return "".join(self.buf)

    def close(self):
        if "w" in self.mode:
            MemoryFile.registry[self.name] = self.buf
        self.closed = True


with MemoryFile("a.txt", "w") as f:
    f.write("hello ")
    f.write("world")
print(f.closed)
with MemoryFile("a.txt") as f:
    print(f.read())
try:
    f.write("x")
except ValueError as e:
    print(e)
