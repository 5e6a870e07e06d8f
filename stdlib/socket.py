"""socket for closured: the parts a program can use without the network. The constants
(AddressFamily, SocketKind, AddressInfo and MsgFlag members as in CPython on Linux), the
exception classes, byte-order and address-text conversions (htons, inet_aton, inet_pton,
...) and the default timeout work. closured reaches no network, as pathlib reaches no file:
making a socket and every name lookup raise PermissionError. gethostname() answers
'localhost': a workload learns nothing of the host it runs on."""

import sys as _sys
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag

__all__ = ['socket', 'SocketType', 'error', 'herror', 'gaierror', 'timeout',
           'AddressFamily', 'SocketKind', 'AddressInfo', 'MsgFlag', 'has_ipv6',
           'gethostname', 'getfqdn', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr',
           'getaddrinfo', 'getnameinfo', 'getservbyname', 'getservbyport', 'getprotobyname',
           'create_connection', 'create_server', 'socketpair', 'fromfd',
           'getdefaulttimeout', 'setdefaulttimeout', 'htons', 'htonl', 'ntohs', 'ntohl',
           'inet_aton', 'inet_ntoa', 'inet_pton', 'inet_ntop']

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


AddressFamily = _IntEnum('AddressFamily', {'AF_UNSPEC': 0, 'AF_UNIX': 1, 'AF_INET': 2,
                                           'AF_INET6': 10}, module=__name__)
SocketKind = _IntEnum('SocketKind', {'SOCK_STREAM': 1, 'SOCK_DGRAM': 2, 'SOCK_RAW': 3,
                                     'SOCK_RDM': 4, 'SOCK_SEQPACKET': 5,
                                     'SOCK_NONBLOCK': 0o4000, 'SOCK_CLOEXEC': 0o2000000},
                      module=__name__)
AddressInfo = _IntFlag('AddressInfo', {'AI_PASSIVE': 1, 'AI_CANONNAME': 2,
                                       'AI_NUMERICHOST': 4, 'AI_V4MAPPED': 8, 'AI_ALL': 16,
                                       'AI_ADDRCONFIG': 32, 'AI_NUMERICSERV': 1024},
                       module=__name__)
MsgFlag = _IntFlag('MsgFlag', {'MSG_OOB': 1, 'MSG_PEEK': 2, 'MSG_DONTROUTE': 4,
                               'MSG_CTRUNC': 8, 'MSG_TRUNC': 32, 'MSG_DONTWAIT': 64,
                               'MSG_EOR': 128, 'MSG_WAITALL': 256, 'MSG_NOSIGNAL': 16384},
                   module=__name__)
for _enum in (AddressFamily, SocketKind, AddressInfo, MsgFlag):
    globals().update(_enum.__members__)

# Plain int constants (Linux values, as CPython shows them there).
_CONSTANTS = """
SOL_SOCKET 1 SO_DEBUG 1 SO_REUSEADDR 2 SO_TYPE 3 SO_ERROR 4 SO_DONTROUTE 5 SO_BROADCAST 6
SO_SNDBUF 7 SO_RCVBUF 8 SO_KEEPALIVE 9 SO_OOBINLINE 10 SO_LINGER 13 SO_REUSEPORT 15
SO_RCVLOWAT 18 SO_SNDLOWAT 19 SO_RCVTIMEO 20 SO_SNDTIMEO 21 SOL_IP 0 SOL_TCP 6 SOL_UDP 17
IPPROTO_IP 0 IPPROTO_ICMP 1 IPPROTO_TCP 6 IPPROTO_UDP 17 IPPROTO_IPV6 41 IPPROTO_RAW 255
IPV6_V6ONLY 26 IP_TTL 2 IP_TOS 1 TCP_NODELAY 1 TCP_MAXSEG 2 TCP_KEEPIDLE 4 TCP_KEEPINTVL 5
TCP_KEEPCNT 6 SHUT_RD 0 SHUT_WR 1 SHUT_RDWR 2 NI_NUMERICHOST 1 NI_NUMERICSERV 2 NI_NOFQDN 4
NI_NAMEREQD 8 NI_DGRAM 16 NI_MAXHOST 1025 NI_MAXSERV 32 INADDR_ANY 0
INADDR_LOOPBACK 2130706433 INADDR_BROADCAST 4294967295 INADDR_NONE 4294967295
SOMAXCONN 4096 EAI_NONAME -2 EAI_AGAIN -3 EAI_FAIL -4 EAI_FAMILY -6 EAI_SERVICE -8
"""
_words = _CONSTANTS.split()
globals().update((_words[i], int(_words[i + 1])) for i in range(0, len(_words), 2))
__all__ += _words[0::2] + [name for e in (AddressFamily, SocketKind, AddressInfo, MsgFlag)
                           for name in e.__members__]
del _words, _enum

has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _refuse(what):
    raise PermissionError('closured opens no connection: %s is not available' % what)


class socket:
    """A network endpoint in CPython; closured refuses to make one."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _refuse('socket()')


SocketType = socket


def gethostname():
    return 'localhost'


def getfqdn(name=''):
    if not name or name in ('0.0.0.0', '::'):
        return 'localhost'
    _refuse('getfqdn()')


def _lookup(what):
    def refused(*args, **kwargs):
        _refuse(what + '()')
    refused.__name__ = refused.__qualname__ = what
    return refused


gethostbyname = _lookup('gethostbyname')
gethostbyname_ex = _lookup('gethostbyname_ex')
gethostbyaddr = _lookup('gethostbyaddr')
getaddrinfo = _lookup('getaddrinfo')
getnameinfo = _lookup('getnameinfo')
getservbyname = _lookup('getservbyname')
getservbyport = _lookup('getservbyport')
getprotobyname = _lookup('getprotobyname')
create_connection = _lookup('create_connection')
create_server = _lookup('create_server')
socketpair = _lookup('socketpair')
fromfd = _lookup('fromfd')


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(value):
    global _default_timeout
    if value is not None:
        value = float(value)
        if value < 0:
            raise ValueError('Timeout value out of range')
    _default_timeout = value


def _swap(value, width, name):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value < 0:
        raise OverflowError('%s: can\'t convert negative Python int to C %s' % (
            name, '16-bit unsigned integer' if width == 2 else 'unsigned long'))
    if value >= 1 << (8 * width):
        raise OverflowError('%s: Python int too large to convert to C %s' % (
            name, '16-bit unsigned integer' if width == 2 else 'unsigned long'))
    if _sys.byteorder == 'big':
        return value
    return int.from_bytes(value.to_bytes(width, 'little'), 'big')


def htons(x):
    return _swap(x, 2, 'htons')


def ntohs(x):
    return _swap(x, 2, 'ntohs')


def htonl(x):
    return _swap(x, 4, 'htonl')


def ntohl(x):
    return _swap(x, 4, 'ntohl')


def _c_number(text):
    """A part of an inet_aton address: decimal, 0x hexadecimal or 0 octal; None if bad."""
    digits, base = text, 10
    if text[:2].lower() == '0x':
        digits, base = text[2:], 16
    elif len(text) > 1 and text[0] == '0':
        digits, base = text[1:], 8
    if not digits and base == 16:
        return 0
    try:
        return int(digits, base) if digits.isalnum() and digits.isascii() else None
    except ValueError:
        return None


def inet_aton(string):
    """The 4 bytes of an IPv4 address in any form C's inet_aton reads (a.b.c.d, a.b.c,
    a.b, a; each part decimal, octal or hexadecimal)."""
    if not isinstance(string, str):
        raise TypeError('inet_aton() argument 1 must be str, not %s' % type(string).__name__)
    parts = [_c_number(part) for part in string.split('.')]
    if None in parts or len(parts) > 4 or any(p > 255 for p in parts[:-1]) or \
            parts[-1] >= 1 << (8 * (5 - len(parts))):
        raise OSError('illegal IP address string passed to inet_aton')
    value = parts[-1]
    for index, part in enumerate(parts[:-1]):
        value |= part << (24 - 8 * index)
    return value.to_bytes(4, 'big')


def inet_ntoa(packed):
    packed = bytes(packed)
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(packed)


def _packed_v4(text):
    parts = text.split('.')
    if len(parts) != 4 or not all(p.isdigit() and p.isascii() and len(p) <= 3 and
                                  (p == '0' or p[0] != '0') and int(p) <= 255 for p in parts):
        return None
    return bytes(int(p) for p in parts)


def inet_pton(address_family, ip_string):
    """The packed bytes of an IPv4 or IPv6 address text."""
    if address_family == AF_INET:
        packed = _packed_v4(ip_string)
    elif address_family == AF_INET6:
        import ipaddress
        try:
            packed = ipaddress.IPv6Address(ip_string).packed
        except ValueError:
            packed = None
    else:
        raise OSError(97, 'Address family not supported by protocol')
    if packed is None:
        raise OSError('illegal IP address string passed to inet_pton')
    return packed


def inet_ntop(address_family, packed_ip):
    """The text of a packed IPv4 or IPv6 address."""
    packed = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed) != 4:
            raise ValueError('invalid length of packed IP address string')
        return inet_ntoa(packed)
    if address_family == AF_INET6:
        if len(packed) != 16:
            raise ValueError('invalid length of packed IP address string')
        words = [int.from_bytes(packed[i:i + 2], 'big') for i in range(0, 16, 2)]
        if words[:5] == [0] * 5 and (words[5] == 0xFFFF or (words[5] == 0 and words[6])):
            # IPv4-mapped and IPv4-compatible addresses end in dotted form, as C's does
            return ('::ffff:' if words[5] else '::') + inet_ntoa(packed[12:])
        import ipaddress
        return str(ipaddress.IPv6Address(packed))
    raise ValueError('unknown address family %d' % address_family)
