# socket: constants, conversions and errors work without the network.
import socket

for name in ('AF_INET', 'AF_INET6', 'AF_UNIX', 'SOCK_STREAM', 'SOCK_DGRAM', 'AI_PASSIVE',
             'MSG_PEEK', 'SOL_SOCKET', 'SO_REUSEADDR', 'IPPROTO_TCP', 'TCP_NODELAY',
             'SHUT_RDWR', 'INADDR_LOOPBACK', 'SOMAXCONN'):
    value = getattr(socket, name)
    print(name, repr(value), int(value), value == int(value))
print(socket.AF_INET.name, str(socket.SOCK_STREAM), socket.AddressFamily(10))
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError),
      issubclass(socket.herror, OSError))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
print(socket.inet_aton('127.0.0.1'), socket.inet_aton('127.1'), socket.inet_aton('0x7f.1'),
      socket.inet_aton('10'))
print(socket.inet_ntoa(b'\xc0\xa8\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '10.1.2.3'), socket.inet_ntop(socket.AF_INET, b'\n\x01\x02\x03'))
for text in ('01.2.3.4', '1.2.3', '256.1.1.1', '1.2.3.4 ', ''):
    try:
        print(socket.inet_pton(socket.AF_INET, text))
    except OSError as e:
        print('OSError:', e)
for text in ('x', '1.2.3.256', '1.2.3.4.5', '4294967296'):
    try:
        print(socket.inet_aton(text))
    except OSError as e:
        print('OSError:', e)
for packed in (b'abc', b'abcde'):
    try:
        socket.inet_ntoa(packed)
    except OSError as e:
        print('OSError:', e)
try:
    socket.inet_ntop(socket.AF_INET, b'abc')
except ValueError as e:
    print('ValueError:', e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
try:
    socket.setdefaulttimeout(-1)
except ValueError as e:
    print('ValueError:', e)
for bad in (-1, 65536):
    try:
        socket.htons(bad)
    except OverflowError as e:
        print('OverflowError:', e)
print(isinstance(socket.gethostname(), str), socket.has_ipv6)
