# '%(name)s' % vars(SomeClass): a class's namespace (a mappingproxy) serves as the mapping
# of %-formatting, as any mapping does; regex sources are often built this way.
class Patterns:
    word = r'\w+'
    space = r'\s*'


print('%(word)s%(space)s=%(space)s%(word)s' % vars(Patterns))
print(b'%(k)s' % {b'k': b'v'} if False else '%(word)r' % Patterns.__dict__)
try:
    '%(missing)s' % vars(Patterns)
except KeyError as exc:
    print('KeyError', exc)
