import sys
from contextlib import redirect_stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Capture()
print("a", 1, sep="-", end="!\n", file=c)
print(c.parts)
old = sys.stdout
sys.stdout = c
print("captured", 2)
sys.stdout = old
print(c.parts[-4:])
buf = Capture()
with redirect_stdout(buf):
    print("inside")
print(buf.parts)
print(sys.stdout.write("xyz\n"), type(sys.stdout).__name__, sys.stderr.write(""))
try:
    x = input("prompt> ")
    print("read", repr(x))
    y = input()
    print("read", repr(y))
    input()
except EOFError as e:
    print("EOF:", e)
sys.stdout = None
print("dropped")
sys.stdout = old
print("back")
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
