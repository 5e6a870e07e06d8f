# utf-8-sig: utf-8 behind a byte order mark, written on encoding, dropped (once, if there)
# on decoding; errors are utf-8's, counted from after the mark.
import codecs

print("hi".encode("utf-8-sig"), "".encode("utf_8_sig"), "\ufeffx".encode("UTF-8-SIG"))
print(repr(b"\xef\xbb\xbfhello".decode("utf-8-sig")), repr(b"plain".decode("utf-8-sig")))
print(repr(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig")), repr(b"\xef\xbb\xbf".decode("utf-8-sig")))
for data in (b"\xef\xbb\xbfab\xffc", b"ab\xffc", b"\xef\xbb"):
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
print(b"\xef\xbb\xbfab\xffc".decode("utf-8-sig", "replace"))
try:
    "a\ud800".encode("utf-8-sig")
except UnicodeEncodeError as e:
    print(e)
print("a\udc80".encode("utf-8-sig", "surrogateescape"))
for name in ("utf-8-sig", "utf_8_sig", "UTF-8-SIG", "utf 8 sig", "utf8-sig"):
    try:
        print(name, codecs.lookup(name).name)
    except LookupError as e:
        print(name, e)
info = codecs.lookup("utf-8-sig")
print(info.encode("x"), info.decode(b"\xef\xbb\xbfxy"))
print(codecs.decode(b"\xef\xbb\xbfz", "utf-8-sig"), codecs.encode("z", "utf_8_sig"))
d = codecs.getincrementaldecoder("utf-8-sig")()
print([d.decode(b"\xef"), d.decode(b"\xbb"), d.decode(b"\xbfhi\xc3"), d.decode(b"\xa9", final=True)])
d.reset()
print([d.decode(b"ab"), d.decode(b"\xef\xbb\xbf", final=True)])
e = codecs.getincrementalencoder("utf-8-sig")()
print(e.encode("a"), e.encode("b"))
e.reset()
print(e.encode("c"))
print(list(codecs.iterdecode([b"\xef\xbb", b"\xbfq", b"r"], "utf-8-sig")))
print(b"".join(codecs.iterencode(["a", "b"], "utf-8-sig")))
