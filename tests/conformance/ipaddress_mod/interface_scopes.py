# ipaddress: interfaces' network, netmask, hostmask and prefix; IPv6 scope ids (empty, doubled
# and good); loopback and unspecified interfaces inside wide and narrow networks.
import ipaddress

for text in ('192.0.2.5/24', '10.1.2.3/255.255.0.0', '10.1.2.3/0.0.255.255', '1.2.3.4',
             '2001:db8::5/64', '::1/128', '::1/0', '::/128', '::/0', 'fe80::1%eth0/64'):
    i = ipaddress.ip_interface(text)
    print(text, i, i.network, i.netmask, i.hostmask, i._prefixlen, i.ip, i.with_prefixlen,
          i.is_loopback, i.is_unspecified)
for text in ('fe80::1%', 'fe80::1%a%b', 'fe80::1%%', 'fe80::1%eth0', 'fe80::1%1', '::%x'):
    try:
        a = ipaddress.IPv6Address(text)
        print(repr(text), a, a.scope_id)
    except ipaddress.AddressValueError as exc:
        print(repr(text), 'AddressValueError', exc)
for text in ('fe80::1%x/64', 'fe80::1%/64'):
    try:
        print(ipaddress.IPv6Interface(text))
    except ipaddress.AddressValueError as exc:
        print(repr(text), 'AddressValueError', exc)
