# codecs.register_error: a handler named in str.encode / bytes.decode gets the
# UnicodeEncodeError or UnicodeDecodeError of each bad run and answers the replacement and
# where to go on.
import codecs


def seen(e):
    print(" ", type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    return ("?", e.end)


codecs.register_error("seen", seen)
print("aéé\udc80x".encode("utf-8", "seen"))
print("aééx".encode("ascii", "seen"))
print("aé€x".encode("latin-1", "seen"))
print(b"a\xff\xc3x".decode("utf-8", "seen"))
print(b"a\xff\xc3".decode("utf-8", "seen"))
print(b"a\x80b".decode("ascii", "seen"))

codecs.register_error("tag", lambda e: ("<%d>" % e.start, e.start + 1))
print("aéé b".encode("ascii", "tag"), b"x\xfe\xffy".decode("utf-8", "tag"))
print("abcé".encode("ascii", "tag"))
codecs.register_error("raw", lambda e: (b"\xff\xfe", e.end))
print("aé".encode("ascii", "raw"))
print(codecs.lookup_error("seen") is seen, codecs.lookup_error("strict") is codecs.strict_errors)
print("aé".encode("ascii", "namereplace"))

# what a handler may not answer
for name, answer in (("number", 5), ("short", ("x",)), ("far", ("", 99)),
                     ("farback", ("", -99)), ("wide", ("é", 1)), ("bytesdec", (b"x", 1))):
    codecs.register_error(name, lambda e, answer=answer: answer)
    for what, call in (("encode", lambda: "é".encode("ascii", name)),
                       ("decode", lambda: b"\xff".decode("ascii", name))):
        try:
            print(name, what, repr(call()))
        except (TypeError, IndexError, UnicodeError) as x:
            print(name, what, type(x).__name__, x)

# the handler's own error goes through
def boom(e):
    raise KeyError("from the handler")


codecs.register_error("boom", boom)
try:
    "é".encode("ascii", "boom")
except KeyError as x:
    print("KeyError", x)
try:
    codecs.register_error("x", 5)
except TypeError as x:
    print(x)
for what, call in (("lookup", lambda: codecs.lookup_error("nope")),
                   ("encode", lambda: "é".encode("ascii", "nope")),
                   ("decode", lambda: b"\xff".decode("utf-8", "nope")),
                   ("fine", lambda: "abc".encode("ascii", "nope"))):
    try:
        print(what, call())
    except LookupError as x:
        print(what, x)
