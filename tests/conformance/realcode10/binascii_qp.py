# binascii's quoted-printable pair, which form decoders map by transfer encoding
# (a multipart body part sent as quoted-printable), and the lines that start with
# a lone dot, quoted as CPython quotes them.
import binascii
import quopri

decoders = {"base64": binascii.a2b_base64, "quoted-printable": binascii.a2b_qp}
print(decoders["quoted-printable"](b"caf=C3=A9 =3D ok=\r\nnext"), binascii.a2b_qp("a_b=5F", header=True))
samples = [b"plain", b"x\n.\ny", b".", b"x\n.\rz", b".\x00", b"x\r\n.\r\n", b"tab\t\nend \n",
           b"=\xff_ =", b"a" * 80 + b"\n" + b"b" * 75 + b" c", b"line\nbreaks\r\nmixed\n"]
for data in samples:
    print(data[:12], binascii.b2a_qp(data), binascii.b2a_qp(data, quotetabs=True, header=True),
          binascii.b2a_qp(data, istext=False))
    print(binascii.a2b_qp(binascii.b2a_qp(data)) == data)
print(quopri.encodestring(b"x\n.\r\n"), quopri.decodestring(b"=2E=\n.\n"))
print(binascii.a2b_qp(b"bad=zz=4"), binascii.a2b_qp(b"soft=\nbreak=  \nend"))
for bad in ("é", 3):
    try:
        binascii.a2b_qp(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_qp("text")
except TypeError as e:
    print("TypeError", e)
