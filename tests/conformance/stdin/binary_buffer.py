# sys.stdin.buffer reads bytes: lines, sized reads, iteration, readlines, and bytes that are
# not UTF-8.
import sys

buf = sys.stdin.buffer
n = int(buf.readline())
print(n, buf.readline().split(), buf.read(4), buf.readline(3), buf.readline())
print(next(iter(buf)), buf.readlines(1), buf.mode, buf.name)
print([line for line in buf], buf.read(), buf.readline(), buf.isatty())
