# uuid's UUID type (parsing, fields, ordering, immutability) and the random constructors'
# shapes; secrets' tokens by their form (their values are random).
import uuid
import secrets

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.bytes, u.bytes_le, u.is_safe)
same = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(x == u for x in same), len({hash(x) for x in same}), int(u) == u.int)
v = uuid.UUID(int=0x12345678123456781234567812345678, version=4)
print(v, v.version, v.variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xc000 << 48).variant)
for kwargs in ({"hex": "xyz"}, {"int": -1}, {"int": 1 << 128}, {"bytes": b"short"}, {"bytes_le": b"x"},
               {"fields": (1, 2)}, {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 0, 256, 0)},
               {"int": 1, "version": 6}, {}):
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.node = 1
except TypeError as e:
    print("TypeError", e)
try:
    u < "x"
except TypeError as e:
    print("TypeError", e)
print(u == "12345678-1234-5678-1234-567812345678", u != uuid.UUID(int=5))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r).count("-"), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t != uuid.uuid1(), 0 <= t.node < 1 << 48)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), len(secrets.token_hex(8)),
      all(c in "0123456789abcdef" for c in secrets.token_hex()))
tok = secrets.token_urlsafe(12)
print(len(tok), all(c.isalnum() or c in "-_" for c in tok))
print(secrets.choice(["only"]), 0 <= secrets.randbelow(5) < 5, 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest(b"a", bytearray(b"a")))
for a, b in [("\u00e9", "\u00e9"), ("a", b"a"), (1, b"a"), (b"a", 2)]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
