# readlines() with and without a size hint, reads of a given number of characters across
# lines and multi-byte characters, and iteration over what is left.
import sys

print(sys.stdin.readlines(5))
print(repr(sys.stdin.read(7)))
print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline(100)))
it = iter(sys.stdin)
print(it is sys.stdin, repr(next(it)))
print(sys.stdin.readlines())
print(repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    next(it)
except StopIteration:
    print("StopIteration")
