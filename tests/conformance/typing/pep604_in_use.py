# PEP 604 unions in real code's places: dataclass fields, get_type_hints,
# classes with metaclasses (ABCs, enums), TypeVars, and the errors of operands
# that are no classes.
from __future__ import annotations
import typing, types, dataclasses, enum, collections.abc
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:120])
    except BaseException as e:
        print(label, "!!", type(e).__name__, str(e)[:100])
class Color(enum.Enum):
    RED = 1
@dataclasses.dataclass
class P:
    x: int | None = None
    tags: list[str] | None = None
t("dc", lambda: (P(), dataclasses.fields(P)[0].type))
t("abc", lambda: collections.abc.Iterable | None)
t("enum", lambda: Color | None)
t("isinstance abc", lambda: isinstance([], collections.abc.Iterable | int))
t("or str", lambda: int | "str")
t("or 3", lambda: int | 3)
t("ror 3", lambda: 3 | int)
t("generic isinstance", lambda: isinstance([], list[int] | None))
t("union eq union", lambda: typing.Union[int, str] == int | str)
t("union hash set", lambda: len({int | str, str | int}))
t("get_type_hints", lambda: typing.get_type_hints(P))
t("optional flatten", lambda: typing.Optional[int | str])
t("union of unions", lambda: typing.Union[int | str, bytes])
t("typevar", lambda: (lambda T: (T | None, (T | None).__parameters__))(typing.TypeVar("T")))
t("repr qual", lambda: P | dataclasses.Field)
t("or list", lambda: int | list)
t("inplace", lambda: (lambda x: (x.__setitem__(0, x[0] | str), x[0])[1])([int]))
t("subclass Union", lambda: issubclass(int, typing.Union[int, str]))
t("args None", lambda: (None | int).__args__)
t("bool or", lambda: True | False)
t("set or", lambda: {1} | {2})
t("dict or", lambda: {1: 2} | {3: 4})
def f(a: int | None, b: "str | None" = None) -> dict[str, int] | None: ...
t("annot", lambda: f.__annotations__)
t("get_origin", lambda: (typing.get_origin(int | str) is types.UnionType, typing.get_args(list[int] | None)))
