"""collections.abc: the abstract base classes of containers (Mapping,
Sequence, Iterable, Callable, ...), defined in _collections_abc."""

from _collections_abc import *
from _collections_abc import __all__
