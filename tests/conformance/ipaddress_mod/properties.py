# ipaddress: properties of addresses, networks and interfaces, formatting, iteration,
# subnets, collapse_addresses, summarize_address_range, sorting and pickling.
import ipaddress as ip
import pickle, copy
addrs = ['0.0.0.0', '127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.1.1', '100.64.1.1', '169.254.3.4', '224.0.0.1', '240.0.0.1',
         '255.255.255.255', '8.8.8.8', '192.0.2.1', '198.51.100.7', '::', '::1', '::ffff:192.168.1.1', '::ffff:8.8.8.8', '2001:db8::1',
         'fe80::1%eth0', 'fec0::1', 'ff02::1', '2001:4860:4860::8888', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
         '1:0:0:1:0:0:0:1', '0:0:1:0:0:0:0:0', '1:2:3:4:5:6:7:8', 'fc00::', '100::1', 'FE80::ABCD:0:0:1']
props = ['is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback', 'is_link_local', 'is_unspecified']
for s in addrs:
    a = ip.ip_address(s)
    extra = [a.is_site_local, a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id] if a.version == 6 else []
    print(repr(a), str(a), int(a), a.packed, a.version, a.max_prefixlen, a.compressed, a.reverse_pointer if not (a.version == 6 and a.scope_id) else None, [getattr(a, p) for p in props], extra)
    if not (a.version == 6 and a.scope_id):
        print('  ', a.exploded, hash(a) == hash(ip.ip_address(str(a))), ip.ip_address(a.packed) == a, ip.ip_address(int(a)) == a if a.version == 4 else ip.IPv6Address(int(a)) == a)
a = ip.IPv4Address('192.168.1.1')
print(format(a), format(a, 's'), format(a, '>20s'), format(a, 'b'), format(a, '#b'), format(a, '_b'), format(a, '#_x'), format(a, 'X'), format(a, 'n'), f'{a:#x}')
b = ip.IPv6Address('2001:db8::1')
print(format(b, 'x'), format(b, '#_X'), format(b, 'n'), format(b, 'b')[:10])
print(a + 255, a - 256, b + 2**16, sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.0.0'), ip.ip_address('10.0.0.1')]), a == ip.IPv4Address(3232235777), a < a + 1, a >= a)
print(sorted([ip.ip_address('::2'), ip.ip_address('::1%x')]), ip.IPv6Address('::1%a') == ip.IPv6Address('::1%b'), ip.IPv6Address('::1%a') == ip.IPv6Address('::1'))
print(pickle.loads(pickle.dumps(a)) == a, copy.copy(b), copy.deepcopy(ip.ip_network('10.0.0.0/8')), pickle.loads(pickle.dumps(ip.ip_interface('1.2.3.4/24'))))
nets = ['192.0.2.0/24', '10.0.0.0/8', '0.0.0.0/0', '192.0.2.4/30', '192.0.2.4/31', '192.0.2.4/32', '2001:db8::/64', '2001:db8::/126', '2001:db8::/127', '2001:db8::1/128', 'fe80::/10', '100.64.0.0/10', '100.64.0.0/11', '::ffff:0:0/96', '224.0.0.0/24', 'ff00::/8', '::/128', '::1/128', 'fec0::/10', '127.0.0.0/8']
for s in nets:
    n = ip.ip_network(s)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, [getattr(n, p) for p in props])
    if n.num_addresses <= 8:
        print('  ', list(n), list(n.hosts()), n[0], n[-1])
    else:
        print('  ', n[0], n[1], n[-1], n[-2], list(n.subnets(prefixlen_diff=2))[:3], n.supernet(), n.supernet(new_prefix=max(0, n.prefixlen - 4)))
n = ip.ip_network('192.0.2.0/24')
print(list(n.subnets(new_prefix=26)), [str(x) for x in ip.ip_network('10.0.0.0/30').hosts()], ip.ip_address('192.0.2.77') in n, ip.ip_address('192.0.3.1') in n, ip.ip_network('192.0.2.0/25') in n)
print(n.overlaps(ip.ip_network('192.0.2.128/25')), n.overlaps(ip.ip_network('192.0.3.0/24')), n.subnet_of(ip.ip_network('192.0.0.0/16')), n.supernet_of(ip.ip_network('192.0.2.64/26')))
print(list(n.address_exclude(ip.ip_network('192.0.2.64/26'))), list(n.address_exclude(n)), list(ip.ip_network('10.0.0.0/8').address_exclude(ip.ip_network('10.1.1.1/32'))))
print(n.compare_networks(ip.ip_network('192.0.2.0/25')), n.compare_networks(n), ip.ip_network('192.0.1.0/24').compare_networks(n), sorted([ip.ip_network('10.0.0.0/16'), ip.ip_network('10.0.0.0/8'), ip.ip_network('9.0.0.0/8')]))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25'), ip.ip_address('192.0.3.0'), ip.ip_address('192.0.3.1'), ip.ip_network('192.0.3.2/31'), ip.ip_network('10.0.0.0/8'), ip.ip_network('10.1.0.0/16')])))
print(list(ip.collapse_addresses([ip.ip_address('::1'), ip.ip_address('::2'), ip.ip_address('::3'), ip.ip_network('::4/126')])), list(ip.collapse_addresses([])), list(ip.collapse_addresses([ip.ip_interface('1.2.3.4/32'), ip.ip_address('1.2.3.5')])))
print(list(ip.summarize_address_range(ip.ip_address('192.0.2.0'), ip.ip_address('192.0.2.130'))), list(ip.summarize_address_range(ip.ip_address('0.0.0.0'), ip.ip_address('255.255.255.255'))), list(ip.summarize_address_range(ip.ip_address('::1'), ip.ip_address('::8'))))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_address('1.1.1.1'), ip.ip_address('::1'), ip.ip_network('::/0')], key=ip.get_mixed_type_key))
print(ip.v4_int_to_packed(3232235777), ip.v6_int_to_packed(1), ip.IPV4LENGTH, ip.IPV6LENGTH)
for s in ['192.0.2.5/24', '192.0.2.5/255.255.255.0', '2001:db8::5/64', 'fe80::1%eth0/64', '10.0.0.1', '::1/128', '0.0.0.0/0', '::/0']:
    i = ip.ip_interface(s)
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.compressed, i.version, [getattr(i, p) for p in props], isinstance(i, ip.IPv4Address if i.version == 4 else ip.IPv6Address), hash(i) == hash(ip.ip_interface(s)))
    if '%' not in s:
        print('  ', i.exploded)
i1, i2 = ip.ip_interface('192.0.2.5/24'), ip.ip_interface('192.0.2.5/25')
print(i1 == i2, i1 < i2, i2 < i1, i1 == ip.ip_address('192.0.2.5'), ip.ip_address('192.0.2.5') == i1, sorted([i2, i1, ip.ip_interface('192.0.2.1/24')]))
print(ip.ip_network(('10.0.0.0', 8)), ip.ip_network((167772160, '255.0.0.0')), ip.ip_network(3232235777), ip.ip_network(b'\xc0\xa8\x01\x01'), ip.ip_network('10.1.2.3/8', strict=False), ip.IPv6Network(('2001:db8::', 32)))
print({ip.ip_address('1.2.3.4'): 1}[ip.IPv4Address('1.2.3.4')], len({ip.ip_network('10.0.0.0/8'), ip.IPv4Network('10.0.0.0/255.0.0.0')}))
print(ip.IPv4Network('10.0.0.0/8').max_prefixlen, ip.IPv6Network('::/0').max_prefixlen, ip.IPv6Network('::/0').version)
print(next(iter(ip.ip_network('2001:db8::/32').hosts())), ip.ip_network('2001:db8::/126').hosts().__class__.__name__, list(ip.ip_network('2001:db8::/126').hosts()))
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError), isinstance(ip.ip_network('1.0.0.0/8'), ip._BaseNetwork))
