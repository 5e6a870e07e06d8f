# Addresses from ints, packed bytes and text, with their range, length, '/' and scope errors.
import ipaddress as ip
for a in [0, 2**32 - 1, 2**32, -1, b'\x01\x02\x03\x04', b'\x01\x02', '1.2.3.4', '1.2.3.4/8', '::1', '::1/64', 'fe80::1%eth0', 2**128 - 1, 2**128, b'\x00' * 16, 'x']:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            v = cls(a)
            print(cls.__name__, repr(v), int(v), getattr(v, 'scope_id', '-'))
        except (ValueError, TypeError) as e:
            print(cls.__name__, type(e).__name__, e)
