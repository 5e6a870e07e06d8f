# typing.NamedTuple called as a function
from typing import NamedTuple

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 7)
print(e, Emp._fields, e.name, e[1], isinstance(e, tuple), Emp.__annotations__)
print(e._replace(id=8), e._asdict(), Emp._make(['bob', 2]))
Kw = NamedTuple('Kw', x=int, y=float)
print(Kw(1, 2.5), Kw._fields)
