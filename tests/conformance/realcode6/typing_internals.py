# typing's internal classes that extension libraries subclass and test against:
# _SpecialGenericAlias subclasses made with _root=True and their copy_with,
# _TypedDictMeta, the alias classes of Union, Literal, Annotated and Callable,
# plain generics as bases and in isinstance, EXCLUDED_ATTRIBUTES and _prohibited.
import collections.abc
import typing


class Special(typing._SpecialGenericAlias, _root=True):
    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, nparams, inst=inst, name=name)
        self._defaults = defaults

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = params + self._defaults[len(params) - self._nparams:]
        return self.copy_with(params)


Gen = Special(collections.abc.Generator, 3, defaults=(type(None), type(None)))
alias = Gen[int]
print(Gen, alias.__origin__, alias.__args__, typing.get_origin(alias), typing.get_args(alias))
try:
    class Plain(typing._SpecialGenericAlias):
        pass
except TypeError as exc:
    print('TypeError:', exc)


class Movie(typing.TypedDict):
    title: str


print(type(Movie) is typing._TypedDictMeta, Movie(title='x'), type(Movie(title='y')).__name__)
try:
    isinstance({}, Movie)
except TypeError as exc:
    print('TypeError:', exc)
Point = typing.TypedDict('Point', {'x': int})
print(type(Point) is typing._TypedDictMeta, Point.__required_keys__)

print(isinstance(typing.Union[int, str], typing._UnionGenericAlias),
      isinstance(typing.Optional[int], typing._UnionGenericAlias),
      isinstance(typing.Literal[1], typing._LiteralGenericAlias),
      isinstance(typing.Annotated[int, 'm'], typing._AnnotatedAlias),
      isinstance(typing.Callable[[int], str], typing._CallableGenericAlias),
      isinstance(typing.List[int], typing._GenericAlias),
      isinstance(typing.List, typing._SpecialGenericAlias))


class Stream(typing.AsyncIterator):
    async def __anext__(self):
        raise StopAsyncIteration


class Bag(typing.Sized):
    def __len__(self):
        return 0


print(issubclass(Stream, collections.abc.AsyncIterator), len(Bag()))
print(isinstance({}, typing.Mapping), isinstance([], typing.Mapping),
      isinstance([], typing.Sequence), issubclass(dict, typing.MutableMapping),
      issubclass(typing.Dict, typing.Mapping) if hasattr(typing.Dict, '__mro__') else True)
try:
    isinstance({}, typing.Dict[str, int])
except TypeError as exc:
    print('TypeError:', exc)
print('__weakref__' in typing.EXCLUDED_ATTRIBUTES, '_is_protocol' in typing.EXCLUDED_ATTRIBUTES,
      sorted(typing._prohibited))
