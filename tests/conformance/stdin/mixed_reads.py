# input(), sys.stdin.readline(), iteration and read() share one stream: each picks up where
# the other stopped, and the end of the input is "" or EOFError.
import sys

count = int(input())
header = sys.stdin.readline()
print(count, repr(header))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
rows = []
for line in sys.stdin:
    if line.strip() == "END":
        break
    rows.append(line.rstrip("\n").split(","))
print(rows)
print(repr(sys.stdin.read(5)), repr(sys.stdin.read(0)))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
print(list(sys.stdin), sys.stdin.isatty(), sys.stdin.readable(), sys.stdin.name, sys.stdin.encoding, sys.stdin is sys.__stdin__)
