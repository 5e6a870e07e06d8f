# print(file=...), redirect_stdout and the with statement.
import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
print("a", 1, [2, 3], sep=", ", file=buf)
print("second", end="", file=buf)
print(repr(buf.getvalue()))
with io.StringIO() as f:
    f.write("inside")
    print(f.closed, f.getvalue())
print(f.closed)
out = io.StringIO()
with redirect_stdout(out):
    print("captured")
    print("twice")
print(repr(out.getvalue()))
print(isinstance(sys.stdout, io.TextIOBase), type(sys.stdout).__name__)
lines = io.StringIO()
for i in range(5):
    lines.write("%d:%s\n" % (i, "x" * i))
print(lines.getvalue(), end="")
print(len(lines.getvalue()), lines.tell())
