# % formatting of objects with __index__ or __int__ (as CPython: %x %X %o take
# __index__, %d %i %u take __int__ then __index__), and of a mapping whose
# keyed value leaves nothing for a conversion without a key.
class IdxOnly:
    def __index__(self):
        return 7
class IntOnly:
    def __int__(self):
        return 9
class Both:
    def __index__(self):
        return 255
    def __int__(self):
        return 5
class IntRaises:
    def __int__(self):
        raise ValueError('no int')
class IntBad:
    def __int__(self):
        return 'x'
for fmt in ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%5d', '%-5x|', '%.3d']:
    for v in [IdxOnly(), IntOnly(), Both(), IntRaises(), IntBad()]:
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except (TypeError, ValueError) as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
print(b'%d %x' % (IdxOnly(), IdxOnly()))
for fmt in ['%s', '%s %(a)s', '%(a)s %s', '%s %s', '%(a)s', '%(a)s %(b)s', '%(b)s %(a)s %%']:
    try:
        print(repr(fmt % {'a': 1, 'b': 2}))
    except TypeError as e:
        print(fmt, 'TypeError', e)
