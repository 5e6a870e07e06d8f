# Classes derived from bytes: their instances are bytes (isinstance, ==, hash, len,
# indexing, slicing, iteration, concatenation, methods returning plain bytes) with the
# class's own methods and attributes.
class Tagged(bytes):
    def wrap(self):
        return b"<" + self + b">"

    def __repr__(self):
        return "Tagged(%s)" % bytes.__repr__(self)


class Plain(bytes):
    pass


t = Tagged(b"abc")
p = Plain(b"xyz")
print(t, p, repr(p), str(p))
print(t.wrap(), len(t), t[0], t[1:], list(t), isinstance(t, bytes), type(t).__name__)
print(t == b"abc", b"abc" == t, hash(t) == hash(b"abc"), t + b"!", b"!" + p)
print(t.upper(), type(t.upper()).__name__, t.decode(), t.hex(), b"b" in t)
print(Plain([65, 66]), Plain("é", "utf-8"), Plain(3), Plain())
p.note = "attr"
print(p.note, {t: 1}[b"abc"], sorted([Plain(b"b"), Plain(b"a")]))
print(bytes(t), type(bytes(t)).__name__, t * 2, t < b"abd")


class Fixed(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode("ascii").upper())


f = Fixed("hey")
print(f, type(f).__name__, f.lower())
