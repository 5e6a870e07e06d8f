# Seeding with str, bytes and bytearray gives CPython's sequences; randbytes follows the
# generator's state.
import random

for seed in ["hello", b"hello", bytearray(b"hello"), b"", "", "\u00e9t\u00e9", b"\xff" * 40]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 1000))
random.seed(12345)
print(random.randbytes(0), random.randbytes(7), random.randbytes(1))
r = random.Random(b"seed")
print(r.randbytes(4), r.getrandbits(20))
s = random.SystemRandom()
print(len(s.randbytes(5)), 0 <= s.random() < 1, s.seed(1) is None)
for call in (s.getstate, lambda: s.setstate(None)):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
