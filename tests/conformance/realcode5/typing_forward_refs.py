# typing's forward references and the internals libraries import:
# ForwardRef (equality, repr, evaluation), strings inside subscriptions,
# get_type_hints resolving nested strings, _type_check's errors, and the
# private names (_GenericAlias, _SpecialForm, _Final) used as bases or in
# isinstance checks.
import typing
from typing import List, Dict, Optional, ForwardRef, get_type_hints

r = ForwardRef('Node')
print(r, r == ForwardRef('Node'), r != ForwardRef('Leaf'), hash(r) == hash(ForwardRef('Node')))
print(r.__forward_arg__, r.__forward_evaluated__, ForwardRef('x', module='m'))
print(List['Node'], Dict[str, 'Node'], Optional['Node'])
print(List['Node'].__args__[0] == r)
for bad in [1, 'not valid(']:
    try:
        ForwardRef(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


class Node:
    children: List['Node']
    parent: Optional['Node']
    label: 'str'

    def link(self, other: 'Node', weight: 'int' = 1) -> 'List[Node]':
        return [self, other]


print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(r._evaluate(globals(), None, frozenset()) is Node, r.__forward_evaluated__)
print(typing._type_check(int, 'msg'), typing._type_check(None, 'msg'), typing._type_check('Node', 'msg'))
for bad in [(1, 2), typing.Union, typing.ClassVar[int]]:
    try:
        typing._type_check(bad, 'Expected a type.')
    except TypeError as e:
        print('TypeError', e)
print(isinstance(List[int], typing._GenericAlias), isinstance(typing.Union, typing._SpecialForm))


class Marker(typing._Final, _root=True):
    pass


try:
    class Bad(typing._Final):
        pass
except TypeError as e:
    print('TypeError', e)
print(Marker.__name__)


@typing._SpecialForm
def Wrapped(self, parameters):
    """A form made the way CPython's typing makes its own."""
    return typing.Union[parameters, None]


print(Wrapped, Wrapped[int], Wrapped.__doc__.split('.')[0])
print(typing._collect_parameters((int, typing.TypeVar('T'), List[typing.TypeVar('U')])))
