# Callable[[args], result] keeps its argument types flat, as CPython does, so the alias
# hashes and sits inside a Union (h11 and wsproto spell their handler tables so at import);
# a bare generic alias passes plain names to its origin (elementpath registers with
# typing.MutableSequence); no_type_check marks what it decorates.
from typing import Callable, Union, Dict, Any, TypeVar, MutableSequence, get_args
from typing import no_type_check, no_type_check_decorator, get_type_hints
import typing

handler = Callable[[int, str], None]
print(handler.__args__, handler)
print(hash(handler) == hash(Callable[[int, str], None]), handler == Callable[[int, str], None])
table = Dict[Union[int, str], Union[Callable[..., Any], Dict[str, Callable[[bytes], int]]]]
print(table)
print(Union[handler, Callable[[], int]], Union[handler, handler] is handler or Union[handler, handler])
print(get_args(handler), get_args(Callable[..., int]), get_args(Callable[[], int]))
T = TypeVar('T')
pair = Callable[[T, int], T]
print(pair.__parameters__, pair[str])
print({Callable[[int], int]: 'one'}[Callable[[int], int]])


class Seq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
    def __setitem__(self, i, v): pass
    def __delitem__(self, i): pass
    def insert(self, i, v): pass


MutableSequence.register(Seq)
import collections.abc
print(issubclass(Seq, collections.abc.MutableSequence), typing.Sequence.index is collections.abc.Sequence.index)
try:
    typing.Dict.no_such_thing
except AttributeError as e:
    print('AttributeError', e)


@no_type_check
def loose(a: 'undefined name') -> 'another': pass


print(loose.__no_type_check__, get_type_hints(loose))


def plain(x): return x


checked = no_type_check_decorator(lambda f: f)
print(checked(plain) is plain, plain.__no_type_check__)


@no_type_check
class Holder:
    def method(self, a: 'nope'): pass
    class Inner:
        pass


print(Holder.method.__no_type_check__, Holder.Inner.__no_type_check__, Holder.__no_type_check__)
