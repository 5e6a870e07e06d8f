# str.isascii, and the names of sys.stdout and sys.stderr.
import sys
for s in ("", "abc", "a\x7f", "\x80", "é", "日本", "a b\n"):
    print(repr(s), s.isascii())
try:
    "x".isascii(1)
except TypeError as e:
    print(e)
print(sys.stdout.name, sys.stderr.name)
