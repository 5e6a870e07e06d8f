# json: JSONDecodeError's position fields and message over one- and many-line documents, its
# pickling, the decoder's hooks, and every JSONEncoder option with its attribute values.
import json
import pickle
from json import JSONDecoder, JSONEncoder, JSONDecodeError

docs = ['', '   ', '{"a": 1,}', '[1, 2\n, 3', '\n\n  {"k": tru}', '[1]\n\nx', '"abc',
        '{"a" 1}', '[\n1,\n2,\n]', '{"x": "\t"}', 'nul', '\r\n[\r\n1 2]']
for doc in docs:
    try:
        json.loads(doc)
    except JSONDecodeError as exc:
        print(repr(doc), '->', exc, '|', exc.msg, exc.pos, exc.lineno, exc.colno,
              exc.doc == doc, exc.args)
        again = pickle.loads(pickle.dumps(exc))
        print('  pickled:', type(again).__name__, again.msg, again.pos, again.lineno,
              again.colno, str(again) == str(exc))
        print('  reduce:', exc.__reduce__()[0].__name__, exc.__reduce__()[1])
e = JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, isinstance(e, ValueError))
e = JSONDecodeError('Start', 'xyz', 0)
print(e, e.lineno, e.colno)

d = JSONDecoder()
print(d.object_hook, d.parse_float is float, d.parse_int is int, d.strict,
      d.object_pairs_hook, d.parse_constant('NaN'), d.parse_constant('-Infinity'))
d = JSONDecoder(object_hook=lambda o: sorted(o), parse_float=lambda s: 'F' + s,
                parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s, strict=False,
                object_pairs_hook=None)
print(d.decode('[{"b": 1.5, "a": 2}, NaN, Infinity, -Infinity, "x\ty"]'))
print(d.raw_decode('  [1, 2.0] tail', 2))
d = JSONDecoder(object_hook=lambda o: 'hook', object_pairs_hook=lambda p: p)
print(d.decode('{"z": 1, "a": {"q": 2}}'))
try:
    JSONDecoder().decode('"a\tb"')
except JSONDecodeError as exc:
    print(exc)
try:
    JSONDecoder().raw_decode('   1')
except JSONDecodeError as exc:
    print(exc)

enc = JSONEncoder()
print(enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys,
      enc.indent, repr(enc.item_separator), repr(enc.key_separator))
enc = JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator), 'item_separator' in vars(enc))
enc = JSONEncoder(indent=2, separators=(';', '='))
print(repr(enc.item_separator), repr(enc.key_separator))
enc = JSONEncoder(separators=(',', ':'))
print(enc.encode({'a': [1, 2], 'b': None}))
print(sorted(vars(JSONEncoder())), sorted(vars(JSONEncoder(indent=0, default=str))))
value = {'é': [1.5, float('inf'), None, True], 2: 'x', (1, 2): 'tuple key', 'b': {}}
print(JSONEncoder(skipkeys=True).encode(value))
print(JSONEncoder(skipkeys=True, ensure_ascii=False, sort_keys=False).encode(value))
try:
    JSONEncoder().encode(value)
except TypeError as exc:
    print('TypeError', exc)
try:
    JSONEncoder(allow_nan=False, skipkeys=True).encode(value)
except ValueError as exc:
    print('ValueError', exc)
print(JSONEncoder(sort_keys=True, indent='\t').encode({'b': 1, 'a': [1, {'c': 2}], 'c': []}))
print(JSONEncoder(default=lambda o: sorted(o)).encode({'s': {3, 1, 2}}))
class Enc(JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}
print(Enc(indent=1).encode([{1, 2}]))
try:
    JSONEncoder().encode(object())
except TypeError as exc:
    print('TypeError', exc)
loop = []
loop.append(loop)
try:
    JSONEncoder().encode(loop)
except ValueError as exc:
    print('ValueError', exc)
print(''.join(JSONEncoder(indent=3).iterencode({'a': [1]})))
