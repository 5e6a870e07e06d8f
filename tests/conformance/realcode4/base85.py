# base64's Base85 (the alphabet git uses for binary patches): b85encode with
# and without padding, b85decode, and its two errors.
import base64

for data in [b"", b"x", b"xy", b"xyz", b"xyzw", bytes(range(9)), b"\xff" * 7, "é".encode()]:
    enc = base64.b85encode(data)
    print(data, enc, base64.b85encode(data, pad=True), base64.b85decode(enc) == data)
print(base64.b85decode("czJp"), base64.b85decode(bytearray(b"009C61O)~M2m")))
for bad in [b"~~~~~", b"a b", "é"]:
    try:
        base64.b85decode(bad)
    except ValueError as e:
        print("ValueError", e)
