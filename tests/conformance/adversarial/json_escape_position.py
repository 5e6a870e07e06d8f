# json: a bad \u escape is reported at the 'u' (CPython's position), and bytes
# in UTF-16 or UTF-32 (with or without a byte order mark) are read as JSON.
import json
for s in ['"\\u12"', '"\\uZZZZ"', '"ab\\u"', '"\\ud800\\uZZZZ"', '"\\ud800\\u12"', '["x", "\\u00"]',
          '{"k\\u1": 1}']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads('["\u00e9", 1, {"a": null}]'.encode(enc)), json.loads('2'.encode(enc)))
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads(bytearray(b'[true]')))
try:
    json.loads(b'\xff[1]')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
