# Match.group with every kind of group reference: numbers (the inline path),
# bools, names, __index__ objects, out-of-range ones; bytes and bytearray subjects.
import re
m = re.match(r"(a)(b)?(?P<n>c)", "ac")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group("n"), m.group(True), m.group(False))
for bad in (4, -1, "zz", 1.0):
    try: m.group(bad)
    except IndexError as e: print("IndexError", e)
print(re.match(rb"(x)", bytearray(b"xy")).group(1), re.match(rb"(x)", b"xy").group(1))
print(m.group(1, "n"), m.group())
class G:
    def __index__(self): return 1
print(m.group(G()))
