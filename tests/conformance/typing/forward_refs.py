# ForwardRef: construction checks, equality before and after evaluation, hashing, unions,
# repr with and without a module, and evaluation through get_type_hints (namespaces, the
# recursion guard, the module argument, caching).
import sys
import typing
from typing import ForwardRef, List, Optional, get_type_hints

for bad in (3, None, b'int'):
    try:
        ForwardRef(bad)
    except TypeError as exc:
        print('TypeError', exc)
for bad in ('1 +', 'x = 1', 'def'):
    try:
        ForwardRef(bad)
    except SyntaxError as exc:
        print('SyntaxError', exc.msg if hasattr(exc, 'msg') else exc)

a = ForwardRef('int')
b = ForwardRef('int')
c = ForwardRef('int', module='builtins')
print(repr(a), repr(c))
print(a == b, a == c, a != c, a == 'int', hash(a) == hash(b), hash(a) == hash(c))
print(a.__forward_arg__, a.__forward_evaluated__, a.__forward_value__,
      a.__forward_is_argument__, a.__forward_is_class__, a.__forward_module__)
print(ForwardRef('x', False, is_class=True).__forward_is_argument__,
      ForwardRef('x', False, is_class=True).__forward_is_class__)
print(a | int)
print(int | a)
print(Optional[a])

# Evaluation through get_type_hints: the function's globals, then localns.
class Node:
    next: 'Optional[Node]'
    items: 'List[Node]'

def f(x: 'int', y: 'Node' = None) -> 'List[int]':
    pass

hints = get_type_hints(f, localns={'Node': Node})
print(sorted((k, repr(v)) for k, v in hints.items()))
print(sorted((k, repr(v)) for k, v in get_type_hints(Node, localns={'Node': Node}).items()))

ref = ForwardRef('List[int]')
val = ref._evaluate({'List': List}, None, frozenset())
print(val, ref.__forward_evaluated__, ref.__forward_value__)
print(ref == ForwardRef('List[int]'))
ref2 = ForwardRef('List[int]')
ref2._evaluate({'List': List}, None, frozenset())
print(ref == ref2, hash(ref) == hash(ref2))
# globalns None, localns given
print(ForwardRef('T')._evaluate(None, {'T': float}, frozenset()))
# both None: builtins still resolve through eval
print(ForwardRef('int')._evaluate(None, None, frozenset()))
# recursion guard: a name already being evaluated comes back unevaluated
g = ForwardRef('Loop')
print(g._evaluate({'Loop': int}, None, frozenset({'Loop'})) is g)
# module: the module's globals replace globalns
mod_ref = ForwardRef('OrderedDict', module='collections')
import collections
print(mod_ref._evaluate({}, {}, frozenset()))
# not a type
try:
    ForwardRef('3')._evaluate({}, {}, frozenset())
except TypeError as exc:
    print('TypeError', exc)
# a name that is missing
try:
    ForwardRef('Missing')._evaluate({}, {}, frozenset())
except NameError as exc:
    print('NameError', exc)
# cached: evaluated once when globals and locals are the same mapping
ns = {'X': int}
r = ForwardRef('X')
print(r._evaluate(ns, ns, frozenset()))
ns['X'] = str
print(r._evaluate(ns, ns, frozenset()))
print(r._evaluate(ns, {'X': bytes}, frozenset()))
