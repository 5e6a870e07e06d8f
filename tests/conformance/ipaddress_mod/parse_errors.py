# ipaddress: every way an address text can be wrong, and the message CPython gives.
import ipaddress as ip
bad = ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.a', ' 1.2.3.4', '1..2.3', '1.2.3.4/24', '1234.1.1.1',
       '::1::', ':::', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', '1:2:3:4:5:6:7', ':1:2::', '1::2:', '::1.2.3', '::1.2.3.4.5',
       '1:2:3:4:5:6:7:1.2.3.4', '::ffff:256.1.1.1', 'fe80::1%', 'fe80::1%a%b', 'x', 5.0, -1, 2**128, b'123', None, '::1%eth0', '1:2:3:4:5:6:1.2.3.4', '1::2::3', '02001:db8::']
for b in bad:
    for f in (ip.ip_address, ip.IPv4Address, ip.IPv6Address):
        try:
            print(repr(b), f.__name__, repr(f(b)))
        except (ValueError, TypeError) as e:
            print(repr(b), f.__name__, type(e).__name__, e)
nets = ['1.2.3.0/24', '1.2.3.4/24', '1.2.3.4/255.255.255.0', '1.2.3.4/0.0.0.255', '1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/255.0.255.0',
        '1.2.3.0/24/2', '1.2.3.0/ 24', '1.2.3.0/024', '::/0', '2001:db8::/32', '2001:db8::1/32', '2001:db8::/129', '2001:db8::/ffff::',
        '10.0.0.0/8', '10/8', '1.2.3.4/', '/24', 'fe80::%1/64', '1.2.3.4/255.255.255.255', '0.0.0.0/0.0.0.0', '1.2.3.0/24 ']
for n in nets:
    for f in (ip.ip_network, ip.ip_interface):
        try:
            print(repr(n), f.__name__, repr(f(n)))
        except (ValueError, TypeError) as e:
            print(repr(n), f.__name__, type(e).__name__, e)
    try:
        print(repr(n), 'nonstrict', repr(ip.ip_network(n, strict=False)))
    except (ValueError, TypeError) as e:
        print(repr(n), 'nonstrict', type(e).__name__, e)
