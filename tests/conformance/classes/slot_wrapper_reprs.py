# The reprs of builtin types' special methods: slot wrappers unbound, method-wrappers
# bound; methods a type defines besides its slots stay method descriptors.
import re
print(int.__add__, str.__len__, object.__init__, object.__eq__, int.__hash__)
print(object.__repr__, type.__call__, list.__len__, list.__contains__, tuple.__getitem__)
print(list.__getitem__, dict.__contains__, dict.__getitem__, set.__contains__)
print(list.append, int.__format__, object.__reduce_ex__, int.__sizeof__)
def addr_free(r):
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x?', repr(r))
print(addr_free((1).__add__), addr_free([].__len__), addr_free([].append))
print(addr_free([].__getitem__), addr_free({}.__contains__))
print(len.__class__.__name__, [].append.__class__.__name__)
