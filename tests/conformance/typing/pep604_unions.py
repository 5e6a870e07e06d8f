# PEP 604 unions: class | class and None | class make types.UnionType (flattened,
# deduplicated, order-insensitive equality), isinstance and issubclass take
# them, typing's Union and Optional compare equal to them, and annotations
# evaluated at def time may use them.
import typing, types
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:100])
    except BaseException as e:
        print(label, "!!", type(e).__name__, str(e)[:100])
t("int|str", lambda: int | str)
t("int|None", lambda: int | None)
t("None|int", lambda: None | int)
t("list[int]|None", lambda: list[int] | None)
t("isinstance", lambda: isinstance(3, int | str))
t("isinstance2", lambda: isinstance(None, int | None))
t("issubclass", lambda: issubclass(bool, int | str))
t("args", lambda: (int | str | None).__args__)
t("eq", lambda: (int | str) == (str | int))
t("eq typing", lambda: typing.Optional[int] == (int | None))
t("hash", lambda: hash(int | str) == hash(str | int))
t("dedupe", lambda: int | int)
t("type", lambda: type(int | str))
t("UnionType", lambda: types.UnionType)
t("get_args", lambda: typing.get_args(int | None))
t("get_origin", lambda: typing.get_origin(int | None))
t("union with typing", lambda: int | typing.List[int])
t("or str", lambda: int | "str")
t("or 3", lambda: int | 3)
t("nested", lambda: (int | str) | (bytes | None))
def f(x: int | None = None) -> list[int] | None: pass
t("annot", lambda: f.__annotations__)
