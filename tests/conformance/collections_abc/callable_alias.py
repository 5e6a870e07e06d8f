# collections.abc.Callable[[args], result] is a generic alias (_CallableGenericAlias) whose
# __args__ are flat, as in 3.11; generic aliases take type variables and substitute them.
import typing
from collections.abc import Callable
for args in ["[int], str", "..., int", "[], int", "[int, [str]], bool", "int", "5, int",
             "[5], int", "[int]", "(int,), str", "typing.Any, int"]:
    try:
        a = eval("Callable[%s]" % args)
        print(args, '->', repr(a), a.__args__, a.__origin__ is Callable, type(a).__name__,
              a.__parameters__)
    except TypeError as e:
        print(args, '->', 'TypeError:', e)
a = Callable[[int], str]
print(a == Callable[[int], str], a != Callable[[str], str], hash(a) == hash(Callable[[int], str]))
print(type(a).__module__, type(a).__mro__[1].__name__)
for check in (lambda: isinstance(len, a), lambda: issubclass(type(len), a),
              lambda: isinstance([], list[int])):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(len, Callable), Callable[[int], str] | None)
T = typing.TypeVar('T')
S = typing.TypeVar('S')
g = Callable[[T], S]
print(g, g.__parameters__, g[int, str], Callable[..., T][bytes])
print(typing.get_args(Callable[[int], str]), typing.get_origin(Callable[[int], str]))
print(typing.get_args(Callable[..., str]), typing.get_args(Callable[[], str]))
def f(cb: Callable[[int, str], list[int]]) -> Callable[..., None]:
    pass
print(f.__annotations__)
print(typing.Callable[[int], str], typing.get_args(typing.Callable[[int], str]))
print(dict[str, Callable[[], None]])
for e in ['list[T][int, str]', 'dict[T, S][int]', 'list[int][int]', 'list[T][int]',
          'dict[str, list[T]][int]', 'tuple[T, ...][int]', 'list[T].__parameters__',
          'dict[T, list[S]].__parameters__', 'list[typing.List[T]][int]',
          'list[typing.List[T]].__parameters__', 'dict[T, S][str, list[T]]']:
    try:
        print(e, '->', eval(e))
    except TypeError as x:
        print(e, '->', 'TypeError:', x)
Pair = tuple[T, T]
print(Pair[int], Pair[int] == tuple[int, int])
