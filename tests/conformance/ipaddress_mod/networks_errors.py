# ipaddress: network and interface constructors, comparisons across kinds and versions,
# and the errors of arithmetic, subnets, supernet, exclusion and the module functions.
import ipaddress as ip
for n in ['1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/255.0.255.0', '1.2.3.0/24/2', '1.2.3.0/ 24', '1.2.3.4/', '/24', '1.2.3.0/x', '1.2.3.0/0x10', '1.2.3.0/+8', '2001:db8::/129', '2001:db8::/ffff::', '2001::/x', '1.2.3.4/24', ('1.2.3.0', 24), ('1.2.3.0', '255.255.255.0'), (16909056, 24), ('1.2.3.0',), ('1.2.3.0', 24, 1), 16909056, b'\x01\x02\x03\x00', ('::', 129), ('::1', 128)]:
    for f in (ip.IPv4Network, ip.IPv6Network, ip.IPv4Interface, ip.IPv6Interface):
        try:
            print(repr(n), f.__name__, repr(f(n)))
        except (ValueError, TypeError) as e:
            print(repr(n), f.__name__, type(e).__name__, e)
a = ip.IPv4Address('1.2.3.4'); b = ip.IPv6Address('::1'); n4 = ip.ip_network('1.2.3.0/24'); n6 = ip.ip_network('::/64')
for x, y in [(a, b), (a, n4), (n4, n6), (a, 5), (n4, a)]:
    for op in ('<', '>', '<=', '>=', '==', '!='):
        try:
            print(repr(x), op, repr(y), eval('x %s y' % op))
        except TypeError as e:
            print(repr(x), op, repr(y), 'TypeError', e)
for ex in ['a + b', 'a + 2**32', 'a - 5', 'a + 1.5', 'ip.IPv4Address("255.255.255.255") + 1', 'ip.IPv4Address("0.0.0.0") - 1', 'n4[256]', 'n4[-257]', 'n4["x"]',
           'list(n4.subnets(prefixlen_diff=0))[:1]', 'list(n4.subnets(new_prefix=23))', 'list(n4.subnets(1, 25))', 'n4.supernet(new_prefix=25)', 'n4.supernet(prefixlen_diff=25)', 'n4.supernet(2, 22)',
           'list(n4.subnets(prefixlen_diff=9))', 'list(n4.address_exclude(n6))', 'list(n4.address_exclude(ip.ip_network("9.9.9.0/24")))', 'n4.subnet_of(n6)', 'n4.overlaps(n6)',
           'ip.collapse_addresses([a, b])', 'list(ip.collapse_addresses([a, n4]))', 'list(ip.collapse_addresses([1]))', 'list(ip.summarize_address_range(a, b))', 'list(ip.summarize_address_range(ip.IPv4Address("1.2.3.5"), a))', 'list(ip.summarize_address_range(n4, a))',
           'ip.v4_int_to_packed(2**32)', 'ip.v6_int_to_packed(-1)', 'ip.get_mixed_type_key(5)', 'n4.compare_networks(n6)', 'ip.IPv4Address("1.2.3.4") in n6', 'a in n4', 'b in n4', '5 in n4', 'format(a, "z")', 'format(b, "q")', 'ip.ip_interface("1.2.3.4/24") < a', 'ip.IPv4Network("1.2.3.0/24", strict=True).hosts().__class__']:
    try:
        r = eval(ex)
        print(ex, repr(r))
    except (ValueError, TypeError, IndexError, StopIteration, AttributeError) as e:
        print(ex, type(e).__name__, e)
