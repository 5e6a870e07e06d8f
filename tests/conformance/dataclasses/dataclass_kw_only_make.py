from dataclasses import dataclass, field, make_dataclass, fields, KW_ONLY

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

o = Options(level=3)
print(o)
try:
    Options(True)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9), Mixed.__match_args__)

Dyn = make_dataclass('Dyn', [('x', int), ('y', int, field(default=5))])
print(Dyn(1), [f.name for f in fields(Dyn)])
