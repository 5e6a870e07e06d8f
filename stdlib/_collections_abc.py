"""_collections_abc: the mapping views (KeysView, ValuesView, ItemsView) a
mapping written in Python returns from keys(), values() and items().

A view is live: it reads its mapping on every use. Keys and items views
are set-like (comparisons and the & | - ^ operators give sets), as in
CPython; their type reports the module collections.abc.
"""

__all__ = ["MappingView", "KeysView", "ValuesView", "ItemsView"]


class MappingView:
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._mapping)


class _SetLike(MappingView):
    """The set operations of a view whose items are unique."""

    __slots__ = ()
    __hash__ = None

    def __le__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(x in other for x in self)

    def __lt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(x in self for x in other)

    def __gt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __and__(self, other):
        return set(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        return set(self) | set(other)

    __ror__ = __or__

    def __sub__(self, other):
        other = set(other)
        return set(x for x in self if x not in other)

    def __rsub__(self, other):
        return set(x for x in other if x not in self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        return not any(x in self for x in other)


def _is_set_like(v):
    return isinstance(v, (set, _SetLike)) or type(v).__name__ in ("dict_keys", "dict_items")


class KeysView(_SetLike):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(_SetLike):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


for _view in (MappingView, KeysView, ItemsView, ValuesView):
    _view.__module__ = "collections.abc"
del _view
