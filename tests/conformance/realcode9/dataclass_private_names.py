# Libraries that read a dataclass's fields (dacite) import dataclasses' private names:
# the attribute names and the markers of a field's kind, compared by identity, and read
# the options from __dataclass_params__.
from dataclasses import dataclass, field, fields, InitVar, _FIELDS, _FIELD, _FIELD_INITVAR
from dataclasses import _FIELD_CLASSVAR, _PARAMS
from typing import ClassVar


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    scale: InitVar[int] = 1
    count: ClassVar[int] = 0

    def __post_init__(self, scale):
        pass


print(_FIELDS, _PARAMS, _FIELD, _FIELD_INITVAR, _FIELD_CLASSVAR)
table = getattr(Point, _FIELDS)
print([(f.name, f._field_type is _FIELD, f._field_type is _FIELD_INITVAR) for f in table.values()])
print([f.name for f in table.values() if f._field_type is _FIELD_CLASSVAR])
params = getattr(Point, _PARAMS)
print(params.frozen, params.order, params.eq, params.init, params.repr, params.unsafe_hash)
print(params)
print([f.name for f in fields(Point)], Point(1, 2) < Point(1, 3))


@dataclass
class Plain:
    a: list = field(default_factory=list)


print(Plain.__dataclass_params__.frozen, repr(Plain.__dataclass_fields__['a']._field_type))
