# %-formatting by key takes any dict subclass as the mapping, and its
# __missing__ answers the keys it lacks (defaultdict's factory among them).
from collections import defaultdict, Counter, OrderedDict


class Fallback(dict):
    def __missing__(self, key):
        return '?' + key


print('%(name)s likes %(food)s' % Fallback(name='Ada'))
shelf = defaultdict(lambda: 'nothing')
shelf.update(top='books', middle='plants')
print('top: %(top)s; middle: %(middle)s; bottom: %(bottom)s' % shelf)
tally = Counter('banana')
print('a=%(a)d n=%(n)d z=%(z)d' % tally)
print('%(first)s then %(second)s' % OrderedDict(first=1, second=2))


class Plain(dict):
    pass


print('%(k)r %(k)s' % Plain(k='v'))
try:
    print('%(missing)s' % Plain(k='v'))
except KeyError as e:
    print('KeyError', e)
try:
    print('%(k)s' % ['no', 'keys'])
except TypeError as e:
    print('TypeError', e)
