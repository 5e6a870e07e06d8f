# base64's Ascii85: zero and space folding, padding, the Adobe frame,
# wrapping, and the decoder's errors.
import base64

samples = [b'', b'h', b'hello', b'\0\0\0\0', b'\0\0\0\0x', b'\0', b'    spaces    ', bytes(range(0, 256, 7))]
for s in samples:
    e = base64.a85encode(s)
    print(e, base64.a85decode(e) == s)
    print(base64.a85encode(s, pad=True), base64.a85encode(s, foldspaces=True))
    a = base64.a85encode(s, adobe=True)
    print(a, base64.a85decode(a, adobe=True) == s)
long = bytes(range(60))
for col in (1, 2, 7, 20):
    print(base64.a85encode(long, wrapcol=col)[:60])
    w = base64.a85encode(long, wrapcol=col, adobe=True)
    print(w[-12:], base64.a85decode(w, adobe=True) == long)
print(base64.a85decode(b'87cURD]i,"Ebo80'), base64.a85decode('87cUR D]i,\n"Ebo80'),
      base64.a85decode(b'y+<Vd', foldspaces=True))
for bad in (b'abc{', b'ab z', b's8W-"', b'<~abc'):
    try:
        base64.a85decode(bad, adobe=bad.startswith(b'<'))
    except ValueError as e:
        print('ValueError', e)
