# Without any input: sys.stdin is at its end from the start and input() raises EOFError.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(repr(sys.stdin.buffer.read()))
try:
    input("name: ")
except EOFError as e:
    print("EOFError:", e)
print(input())
