# A parenthesized `from ... import (...)` list may end with a comma (the
# layout code formatters write, one name a line), also with aliases.
from collections import (
    OrderedDict,
    deque,
)
from itertools import (chain as ch, islice,)
from math import (pi)


def local_import():
    from functools import (
        reduce,
        partial as p,
    )
    return reduce(p(max), [3, 9, 4])


print(OrderedDict(a=1), deque([1, 2]), list(islice(ch([1], [2, 3]), 2)), round(pi, 2))
print(local_import())
