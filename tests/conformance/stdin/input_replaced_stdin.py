# input() reads from whatever the program put in sys.stdin (a test harness's
# StringIO, an object with readline()), and from standard input again once
# sys.__stdin__ is back; CPython's errors when the stream is gone or odd.
import sys, io
class Bad:
    def readline(self): return 5
sys.stdin = io.StringIO("a\nb")
print(input("p> "), input())
try:
    input()
except EOFError as e:
    print("EOF", e)
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print(e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = sys.__stdin__
print(repr(input()))
del sys.stdin
try:
    input()
except RuntimeError as e:
    print(e)
