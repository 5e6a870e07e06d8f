# The modules that name the network exist for their pure parts (socket's constants,
# urllib.request's Request, selectors' classes); making a connection, watching a
# descriptor or reading a host file raises PermissionError, as pathlib does for files.
import mimetypes
import selectors
import socket
import urllib.request

for call in (lambda: socket.socket(), lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
             lambda: socket.create_connection(('example.com', 80)),
             lambda: socket.getaddrinfo('example.com', 80), lambda: socket.gethostbyname('x'),
             lambda: urllib.request.urlopen('http://example.com/'),
             lambda: urllib.request.urlopen(urllib.request.Request('https://example.com/a')),
             lambda: urllib.request.build_opener().open('http://example.com/'),
             lambda: selectors.DefaultSelector().register(0, selectors.EVENT_READ),
             lambda: mimetypes.read_mime_types('/etc/mime.types'),
             lambda: mimetypes.init(['/etc/mime.types']),
             lambda: mimetypes.MimeTypes(['/etc/mime.types'])):
    try:
        call()
    except PermissionError as e:
        print('PermissionError:', e)
print(socket.gethostname(), socket.getfqdn())
try:
    selectors.DefaultSelector().select()
except RuntimeError as e:
    print('RuntimeError:', e)
print(mimetypes.guess_type('x.json'))
