# uuid.UUID from each of its forms (hex with and without braces and urn,
# bytes, bytes_le, fields, int), the version stamp, every property, the
# comparisons with UUIDs and other types, the range errors, and the
# name-based uuid3/uuid5 (deterministic).
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
forms = [uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
         uuid.UUID('12345678123456781234567812345678'), uuid.UUID(bytes=u.bytes),
         uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print([f == u for f in forms], u.bytes_le, u.bytes)
for x in (u, uuid.NAMESPACE_DNS, uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1),
          uuid.UUID(int=0x4000 << 48), uuid.UUID(int=0xa000 << 48), uuid.UUID(int=0xc000 << 48),
          uuid.UUID(int=0xe000 << 48)):
    print(str(x), repr(x), x.hex, x.urn, x.int, int(x))
    print(' ', x.fields, x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant,
          x.clock_seq_low, x.node, x.time, x.clock_seq, x.variant, x.version)
for version in range(1, 6):
    v = uuid.UUID(int=(1 << 128) - 1, version=version)
    w = uuid.UUID(int=0, version=version)
    print(version, v, w, v.version, w.variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a > b, a <= a, b >= a, a == uuid.UUID(int=1), a != b, a == 1, a != 'x',
      sorted([b, a]) == [a, b], hash(a) == hash(1), len({a, uuid.UUID(int=1)}))
for op in ('<', '<=', '>', '>='):
    try:
        eval('a %s 1' % op)
    except TypeError as exc:
        print('TypeError', exc)
for bad in [dict(hex='123'), dict(bytes=b'x' * 15), dict(bytes_le=b'x' * 17),
            dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
            dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, -1, 0, 0, 0)),
            dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
            dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=1 << 128), dict(int=-1),
            dict(int=5, version=6), dict(), dict(hex=u.hex, int=1)]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    u.int = 3
except TypeError as exc:
    print('TypeError', exc)
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b'http://x')
except TypeError as exc:
    print('TypeError', exc)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'),
      uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3').version, uuid.uuid3(uuid.NAMESPACE_X500, 'cn=x').variant)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), uuid.uuid1().version, u.is_safe)
