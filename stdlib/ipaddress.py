"""ipaddress for closured: IPv4 and IPv6 addresses, networks and interfaces (parsing with
CPython's error messages, text forms, arithmetic and ordering, the is_* classifications
with CPython 3.11's tables, iteration, subnets/supernet, exclusion and the module's
collapse_addresses/summarize_address_range)."""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is no valid address."""


class NetmaskValueError(ValueError):
    """A value that is no valid netmask."""


def _first_of(kinds, address, what, **kw):
    for kind in kinds:
        try:
            return kind(address, **kw)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """The IPv4Address or IPv6Address that address (str, int or bytes) stands for."""
    return _first_of((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """The IPv4Network or IPv6Network of address ('a/prefix', a tuple, int or bytes)."""
    return _first_of((IPv4Network, IPv6Network), address, 'network', strict=strict)


def ip_interface(address):
    """The IPv4Interface or IPv6Interface of address."""
    return _first_of((IPv4Interface, IPv6Interface), address, 'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_optional_netmask(address):
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return pieces


def _trailing_zero_bits(number, bits):
    """How many low bits of number are zero (bits for zero)."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def _same_version(first, second):
    if first._version != second._version:
        raise TypeError('%s and %s are not of the same version' % (first, second))


def summarize_address_range(first, last):
    """The networks that exactly cover the addresses first..last, in order."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network = IPv4Network if first.version == 4 else IPv6Network
    width = first._max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        size = min(_trailing_zero_bits(low, width), (high - low + 1).bit_length() - 1)
        yield network((low, width - size))
        low += 1 << size
        if low - 1 == network._ALL_ONES:
            break


def _merged_ranges(ranges):
    """Sorted (low, high) ranges with the overlapping and touching ones joined."""
    merged = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1][1] = high
        else:
            merged.append([low, high])
    return merged


def collapse_addresses(addresses):
    """An iterator of the fewest networks covering the given addresses and networks
    (all of one version), in order."""
    singles, blocks = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles:
                _same_version(item, singles[-1])
            singles.append(item)
        elif item._prefixlen == item._max_prefixlen:
            if singles:
                _same_version(item, singles[-1])
            singles.append(item.ip if hasattr(item, 'ip') else item.network_address)
        else:
            if blocks:
                _same_version(item, blocks[-1])
            blocks.append(item)
    if singles and blocks:
        _same_version(blocks[-1], singles[-1])
    ranges = [(a._ip, a._ip) for a in singles]
    ranges += [(int(n.network_address), int(n.broadcast_address)) for n in blocks]
    sample = (singles or blocks or [None])[0]
    return _collapsed(ranges, sample)


def _collapsed(ranges, sample):
    if sample is None:
        return
    kind = IPv4Address if sample._version == 4 else IPv6Address
    for low, high in _merged_ranges(ranges):
        yield from summarize_address_range(kind(low), kind(high))


def get_mixed_type_key(obj):
    """A sort key putting networks and addresses of both versions in a sensible order."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, interfaces and networks share."""

    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the PTR record of this address (in-addr.arpa or ip6.arpa)."""
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        """The prefix length of a netmask given as int; ValueError when its ones and
        zeroes are mixed."""
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """The prefix of a netmask ('255.255.255.0') or hostmask ('0.0.0.255') text."""
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) of a constructor argument (the prefix defaults to the
        whole width)."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)

    def _plain_repr(self):
        return '%s(%r)' % (type(self).__name__, str(self))


_FORMAT_SPEC = None


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address: an int of _max_prefixlen bits."""

    __slots__ = ()

    def _init_from_number(self, address, size):
        """Takes an int or `size` packed bytes as the address and answers None; else
        answers the address as text for the caller to parse (a '/' in it refused)."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return None
        if isinstance(address, bytes):
            self._check_packed_address(address, size)
            self._ip = int.from_bytes(address, 'big')
            return None
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return text

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip

    def _moved(self, steps):
        """The address steps further on (NotImplemented unless steps is an int)."""
        if isinstance(steps, int):
            return type(self)(self._ip + steps)
        return NotImplemented

    def __add__(self, other):
        return self._moved(other)

    def __sub__(self, other):
        return self._moved(-other if isinstance(other, int) else other)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    __repr__ = _IPAddressBase._plain_repr

    def _get_address_key(self):
        return self._version, self

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """'s' (or nothing) for the text; b, x, X and n (binary for IPv4, hex for IPv6)
        for the number, padded to the width, with optional '#' and '_'."""
        global _FORMAT_SPEC
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        if _FORMAT_SPEC is None:
            import re
            _FORMAT_SPEC = re.compile('(#?)(_?)([xbnX])')
        match = _FORMAT_SPEC.fullmatch(fmt)
        if not match:
            return super().__format__(fmt)
        prefix, grouping, base = match.groups()
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        digits = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            digits += digits // 4 - 1
        if prefix:
            digits += 2
        return format(int(self), f'{prefix}0{digits}{grouping}{base}')


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: network_address, netmask and the prefix length."""

    __repr__ = _IPAddressBase._plain_repr

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def _init_network(self, address, strict):
        """The network from `address` (its forms as the constructor takes them): host bits
        set are a ValueError under strict and cleared otherwise; a /31 (/127) has every
        address as a host, a /32 (/128) its one address."""
        make = type(self)._address_class
        addr, mask = self._split_addr_prefix(address)
        self.network_address = make(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        start = int(self.network_address)
        if start & int(self.netmask) != start:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = make(start & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [make(addr)]

    def hosts(self):
        """The usable addresses (without the network and broadcast addresses)."""
        first, last = int(self.network_address), int(self.broadcast_address)
        for value in range(first + 1, last):
            yield self._address_class(value)

    def __iter__(self):
        first, last = int(self.network_address), int(self.broadcast_address)
        for value in range(first, last + 1):
            yield self._address_class(value)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._address_class(last + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        return ((int(self.network_address), int(self.netmask)) <
                (int(other.network_address), int(other.netmask)))

    def __eq__(self, other):
        try:
            mine = (self._version, int(self.network_address), int(self.netmask))
            return mine == (other._version, int(other.network_address), int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.hostmask) | int(self.network_address))

    @property
    def num_addresses(self):
        return 1 + int(self.hostmask)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def _address_class(self):
        raise NotImplementedError('%200s has no associated address class' % (type(self),))

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks covering this one without other (which it must contain),
        from the half farthest from other inwards."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other (by address, then mask)."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return (mine > theirs) - (mine < theirs)

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def _prefix_step(self, prefixlen_diff, new_prefix, direction, word):
        """The prefix change asked for: prefixlen_diff, or the distance to new_prefix
        (which must lie in the given direction: 1 longer, -1 shorter)."""
        if new_prefix is None:
            return prefixlen_diff
        distance = (new_prefix - self._prefixlen) * direction
        if distance < 0:
            raise ValueError('new prefix must be ' + word)
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return distance

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks prefixlen_diff bits longer (or of length new_prefix) that make
        up this one."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        prefixlen_diff = self._prefix_step(prefixlen_diff, new_prefix, 1, 'longer')
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._prefixlen + prefixlen_diff
        if longer > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (longer, self))
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of length new_prefix) holding
        this one."""
        if self._prefixlen == 0:
            return self
        prefixlen_diff = self._prefix_step(prefixlen_diff, new_prefix, -1, 'shorter')
        shorter = self.prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        mask = int(self.netmask) << prefixlen_diff
        return self.__class__((int(self.network_address) & mask, shorter))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def subnet_of(self, other):
        """Whether this network lies inside other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies inside this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        return any(self.network_address in block and self.broadcast_address in block
                   for block in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')


class _BaseV4:
    """IPv4's text forms and netmasks."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) of a prefix (int or text) or a dotted
        netmask or hostmask."""
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            mask = IPv4Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The int of dotted-quad text; AddressValueError naming what is wrong."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError('Octet %d (> 255) not permitted' % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(byte) for byte in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class _InterfaceParts:
    """What IPv4Interface and IPv6Interface add to their address class (_plain): the
    network, its masks, and comparisons by network first."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        self._plain.__init__(self, addr)
        network = self.network = self._network_class((addr, mask), strict=False)
        self.netmask, self._prefixlen = network.netmask, network._prefixlen

    @functools.cached_property
    def hostmask(self):
        """The network's host mask (computed once)."""
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._plain.__str__(self), self._prefixlen)

    def __eq__(self, other):
        verdict = self._plain.__eq__(self, other)
        if verdict is NotImplemented or not verdict:
            return verdict
        return self.network == getattr(other, 'network', None)

    def __lt__(self, other):
        verdict = self._plain.__lt__(self, other)
        if verdict is NotImplemented:
            return verdict
        if not hasattr(other, 'network'):
            return False
        if self.network == other.network:
            return verdict
        return self.network < other.network

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._plain(self._ip)

    def _with(self, tail):
        return '%s/%s' % (self._string_from_ip_int(self._ip), tail)

    @property
    def with_prefixlen(self):
        return self._with(self._prefixlen)

    @property
    def with_netmask(self):
        return self._with(self.netmask)

    @property
    def with_hostmask(self):
        return self._with(self.hostmask)


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address (from dotted-quad text, an int or 4 bytes)."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        text = self._init_from_number(address, 4)
        if text is None:
            return
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_network

    @property
    @functools.lru_cache()
    def is_private(self):
        return any(self in block for block in self._constants._private_networks)

    @property
    @functools.lru_cache()
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_unspecified(self):
        return self == self._constants._unspecified_address

    @property
    def is_loopback(self):
        return self in self._constants._loopback_network

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network


class IPv4Interface(_InterfaceParts, IPv4Address):
    """An IPv4 address together with its network ('192.0.2.5/24')."""

    _plain = IPv4Address


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network ('192.0.2.0/24', a (address, prefix) tuple, an int or bytes);
    with strict, host bits set in the address are a ValueError, else they are cleared."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    @functools.lru_cache()
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')
    _private_networks = [IPv4Network(text) for text in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants
IPv4Interface._network_class = IPv4Network


class _BaseV6:
    """IPv6's text forms and netmasks."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) of a prefix given as int or text."""
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            mask = IPv6Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The int of IPv6 text (with '::' and a dotted IPv4 tail allowed);
        AddressValueError naming what is wrong."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least 3 parts expected in %r' % ip_str)
        if '.' in parts[-1]:
            try:
                tail = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
            parts += ['%x' % (tail >> 16), '%x' % (tail & 0xFFFF)]
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError('At most %d colons permitted in %r'
                                    % (cls._HEXTET_COUNT, ip_str))
        inner_gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(inner_gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        if inner_gaps:
            head = inner_gaps[0]
            tail_count = len(parts) - head - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
            if not parts[-1]:
                tail_count -= 1
                if tail_count:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in "
                                            '%r' % ip_str)
            skipped = cls._HEXTET_COUNT - head - tail_count
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
            groups = parts[:head] + ['0'] * skipped + (parts[-tail_count:] if tail_count
                                                       else [])
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            groups = parts
        value = 0
        try:
            for group in groups:
                value = (value << 16) | cls._parse_hextet(group)
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """hextets with the longest run (two or more, the first on a tie) of '0's
        replaced by the empty piece that joins as '::'."""
        best_start, best_len = -1, 1
        run_start = None
        for index, hextet in enumerate(hextets + ['end']):
            if hextet == '0':
                if run_start is None:
                    run_start = index
                continue
            if run_start is not None and index - run_start > best_len:
                best_start, best_len = run_start, index - run_start
            run_start = None
        if best_start < 0:
            return hextets
        result = hextets[:best_start] + [''] + hextets[best_start + best_len:]
        if best_start == 0:
            result = [''] + result
        if best_start + best_len == len(hextets):
            result.append('')
        return result

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        digits = '%032x' % ip_int
        hextets = ['%x' % int(digits[i:i + 4], 16) for i in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        full = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (full, self._prefixlen)
        return full

    def _reverse_pointer(self):
        return '.'.join(reversed(self.exploded.replace(':', ''))) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        """(address, scope id or None) of 'addr%scope'."""
        addr, percent, scope_id = ip_str.partition('%')
        if not percent:
            return addr, None
        if scope_id and '%' not in scope_id:
            return addr, scope_id
        raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address (from text, possibly with a '%scope', an int or 16 bytes)."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        text = self._init_from_number(address, 16)
        if text is None:
            return
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_reserved(self):
        return any(self in block for block in self._constants._reserved_networks)

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network

    @property
    def is_site_local(self):
        return self in self._constants._sitelocal_network

    @property
    @functools.lru_cache()
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in block for block in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address inside a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_InterfaceParts, IPv6Address):
    """An IPv6 address together with its network."""

    _plain = IPv6Address

    # :: and ::1 count only inside networks that are themselves unspecified or loopback.
    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network ('2001:db8::/32', a tuple, an int or bytes); strict as for
    IPv4Network."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    def hosts(self):
        """Every address but the network's own (the Subnet-Router anycast address)."""
        first, last = int(self.network_address), int(self.broadcast_address)
        for value in range(first + 1, last + 1):
            yield self._address_class(value)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _IPv6Constants:
    _linklocal_network = IPv6Network('fe80::/10')
    _multicast_network = IPv6Network('ff00::/8')
    _private_networks = [IPv6Network(text) for text in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    _reserved_networks = [IPv6Network(text) for text in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6',
        'FE00::/9')]
    _sitelocal_network = IPv6Network('fec0::/10')


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
IPv6Interface._network_class = IPv6Network
