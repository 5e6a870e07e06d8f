# socket.inet_pton/inet_ntop for IPv6 text (through ipaddress's parser).
import socket

for text in ('::1', '2001:db8::1', '::', 'fe80::1:2', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '::1.2.3.4',
             '::ffff:0:0', '::0.0.1.0', '1::ffff:1.2.3.4'):
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
for text in ('1::2::3', 'g::', '12345::', ''):
    try:
        socket.inet_pton(socket.AF_INET6, text)
    except OSError as e:
        print('OSError:', e)
try:
    socket.inet_ntop(socket.AF_INET6, b'short')
except ValueError as e:
    print('ValueError:', e)
