# plistlib: XML and binary property lists written byte for byte as CPython
# writes them, read back (both formats detected), and the errors.
import datetime
import io
import plistlib

value = {
    'name': 'closured & <friends>',
    'count': 42, 'negative': -7, 'big': 2 ** 40, 'huge': 2 ** 63 + 5,
    'ratio': 0.1, 'whole': 3.0, 'yes': True, 'no': False,
    'when': datetime.datetime(2021, 3, 4, 5, 6, 7),
    'blob': bytes(range(100)), 'empty_blob': b'',
    'list': [1, 'two', 3.5, [], {}, (4, 5)],
    'nested': {'inner': {'deeper': ['x', 'x', 'y']}, 'z': 'last', 'a': 'first'},
    'unicode': 'caf\u00e9 \u2603', 'line\r\nbreaks': 'a\rb\r\nc',
    'long_text': 'word ' * 40,
}
xml = plistlib.dumps(value)
print(xml.decode())
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:40], binary[-32:])
print(binary)
for data in (xml, binary):
    back = plistlib.loads(data)
    print(back == dict(value, list=[1, 'two', 3.5, [], {}, [4, 5]],
                       **{'line\r\nbreaks': 'a\nb\nc'} if data is xml else {}))
print(plistlib.loads(binary)['line\r\nbreaks'] == 'a\rb\r\nc')
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False).decode())
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False, fmt=plistlib.FMT_BINARY))
print(plistlib.dumps({1: 'x', 'k': 'v'}, skipkeys=True, sort_keys=False).decode())
print(plistlib.dumps([plistlib.UID(1), plistlib.UID(300), plistlib.UID(70000),
                      plistlib.UID(2 ** 40)], fmt=plistlib.FMT_BINARY))
print(plistlib.loads(plistlib.dumps([plistlib.UID(5)], fmt=plistlib.FMT_BINARY)))
shared = ['same', 'same', 1, 1, True, 1.0, b'x', b'x']
print(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY))
print(plistlib.dumps(list(range(300)), fmt=plistlib.FMT_BINARY)[-40:])
print(plistlib.dumps('s' * 20, fmt=plistlib.FMT_BINARY), plistlib.dumps('x').decode())
print(plistlib.dumps(b'\x00' * 1000)[-80:])

stream = io.BytesIO()
plistlib.dump({'k': [1, 2]}, stream, fmt=plistlib.FMT_BINARY)
stream.seek(0)
print(plistlib.load(stream), repr(plistlib.FMT_XML), plistlib.FMT_BINARY.name)
print(plistlib.loads(xml, fmt=plistlib.FMT_XML)['yes'])
attempt_str = None
from collections import OrderedDict
print(type(plistlib.loads(xml, dict_type=OrderedDict)).__name__)
print(plistlib.loads(b'<plist><dict><key>a</key><integer>0x1F</integer>'
                     b'<key>d</key><date>2020-01-02T03:04:05Z</date></dict></plist>'))
print(plistlib.loads(b'<?xml version="1.0"?><plist><array><real>1e3</real><true/>'
                     b'<data>AAEC</data><string></string></array></plist>'))
uid = plistlib.UID(7)
print(uid, uid == plistlib.UID(7), uid != plistlib.UID(8), hash(uid) == hash(7))

def attempt(label, action):
    try:
        print(label, '=', action())
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)

attempt('garbage', lambda: plistlib.loads(b'garbage'))
attempt('short binary', lambda: plistlib.loads(b'bplist00' + b'\x00' * 10))
attempt('bad xml', lambda: plistlib.loads(b'<plist><dict><key>a</key></dict></plist>'))
attempt('unexpected key', lambda: plistlib.loads(b'<plist><array><key>a</key></array></plist>'))
attempt('unexpected element', lambda: plistlib.loads(b'<plist><dict><string>a</string></dict></plist>'))
attempt('entity', lambda: plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]><plist><string>&e;</string></plist>'))
attempt('control', lambda: plistlib.dumps('bell\x07'))
attempt('set', lambda: plistlib.dumps({1, 2}))
attempt('uid xml', lambda: plistlib.dumps(plistlib.UID(1)))
attempt('key type', lambda: plistlib.dumps({1: 2}))
attempt('overflow', lambda: plistlib.dumps(2 ** 64))
attempt('overflow binary', lambda: plistlib.dumps(-2 ** 64, fmt=plistlib.FMT_BINARY))
attempt('format', lambda: plistlib.dumps(1, fmt='json'))
attempt('uid neg', lambda: plistlib.UID(-1))
attempt('uid big', lambda: plistlib.UID(2 ** 64))
attempt('uid type', lambda: plistlib.UID('1'))
attempt('none', lambda: plistlib.dumps(None))
attempt('str input', lambda: plistlib.loads(xml.decode()))
attempt('none binary', lambda: plistlib.dumps([None], fmt=plistlib.FMT_BINARY))
print(plistlib.__all__, issubclass(plistlib.InvalidFileException, ValueError))
