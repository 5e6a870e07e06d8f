# mimetypes: MimeTypes() holds the built-in table in CPython and closured alike; the module's
# functions are asked only what the built-in table and the host's mime.types answer alike.
import io
import mimetypes

db = mimetypes.MimeTypes()
print(list(db.types_map[True].items())[:5], len(db.types_map[True]), len(db.types_map[False]))
print(sorted(db.types_map[False].items()))
for url in ['a.TGZ', 'a.tar.GZ', 'a.Tar.gz', 'x.JPG', 'x.jpg', 'x.pict', 'y.webp', 'data:,hi',
            'data:text/html;charset=x,abc', 'data:foo=bar;x,abc', 'data:abc', 'noext', '/p/a.b/c',
            'http://h/x.py?x=1', 'http://h/x.py#f', 'a.svgz', '.gz', 'a.txt.bz2',
            'DATA:image/png;base64,AAA', 'x.Z', 'x.tar.z', 'http://example.com/index.html',
            'dir.d/file', 'report.PDF', 'archive.tar.xz', 'c.tbz2', 'song.mp3']:
    print(url, db.guess_type(url), db.guess_type(url, strict=False))
for kind in ['text/plain', 'image/JPEG', 'image/jpg', 'audio/midi', 'application/x-nope',
             'text/html', 'application/javascript', 'application/octet-stream']:
    print(kind, db.guess_all_extensions(kind), db.guess_all_extensions(kind, False),
          db.guess_extension(kind), db.guess_extension(kind, strict=False))
db.add_type('text/x-thing', '.thing')
db.add_type('text/x-thing', '.thg', strict=False)
db.add_type('text/x-thing', '.thing')
print(db.guess_type('a.thing'), db.guess_type('a.thg'), db.guess_type('a.thg', False),
      db.guess_all_extensions('text/x-thing', False))
db.readfp(io.StringIO('# comment\napplication/x-foo foo fo # trailing\n\n  \ntext/x-bar bar\n'))
print(db.guess_type('z.fo'), db.guess_extension('application/x-foo'), db.guess_type('q.bar'))
print(mimetypes.guess_type('a.json'), mimetypes.guess_type('pkg.tar.gz'),
      mimetypes.guess_type('data:,x'), mimetypes.guess_extension('application/json'))
mimetypes.add_type('application/x-mine', '.mine')
print(mimetypes.guess_type('f.mine'), mimetypes.types_map['.mine'], mimetypes.inited)
print(sorted(mimetypes.suffix_map.items()), sorted(mimetypes.encodings_map.items()))
try:
    db.guess_type(3)
except TypeError as e:
    print('TypeError:', e)
