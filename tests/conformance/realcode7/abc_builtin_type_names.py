# _collections_abc names the builtin view, iterator and proxy types; a
# serializer keys its dispatch table by them.
import _collections_abc as cabc

d = {'k': 1}
samples = [
    ('dict_keys', d.keys()), ('dict_values', d.values()), ('dict_items', d.items()),
    ('dict_keyiterator', iter(d)), ('dict_valueiterator', iter(d.values())),
    ('dict_itemiterator', iter(d.items())), ('list_iterator', iter([1])),
    ('list_reverseiterator', reversed([1])), ('tuple_iterator', iter((1,))),
    ('str_iterator', iter('s')), ('set_iterator', iter({1})), ('bytes_iterator', iter(b'b')),
    ('range_iterator', iter(range(3))), ('zip_iterator', zip('a', 'b')),
    ('mappingproxy', type.__dict__), ('generator', (x for x in ())),
]
for name, value in samples:
    t = getattr(cabc, name)
    print(name, type(value) is t, t.__name__)
dispatch = {cabc.dict_keys: list, cabc.dict_items: dict}
print(dispatch[type(d.keys())](d.keys()), dispatch[type(d.items())](d.items()))
print(issubclass(cabc.dict_keys, cabc.KeysView), issubclass(cabc.list_iterator, cabc.Iterator))
