"""xml.dom.minicompat: the small helpers minidom's node classes are built
from, which DOM code outside the standard library imports too (odfpy builds
its elements on them): NodeList, EmptyNodeList, StringTypes, defproperty."""

import xml.dom

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

StringTypes = (str,)


def _read_only(name):
    raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute " + repr(name))


class NodeList(list):
    """A node's children: a list that also answers the DOM's length and item()."""

    __slots__ = ()

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    @property
    def length(self):
        """How many nodes the list holds."""
        return len(self)

    @length.setter
    def length(self, value):
        _read_only('length')

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = [] if state is None else state


class EmptyNodeList(tuple):
    """The children of a node that can have none: always empty; adding a
    sequence to it makes a NodeList."""

    __slots__ = ()

    def __add__(self, other):
        made = NodeList()
        made.extend(other)
        return made

    def __radd__(self, other):
        made = NodeList()
        made.extend(other)
        return made

    def item(self, index):
        return None

    @property
    def length(self):
        """0: there is never a node here."""
        return 0

    @length.setter
    def length(self, value):
        _read_only('length')


def defproperty(klass, name, doc):
    """klass.<name>: a read-only property answering klass._get_<name>()."""
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        _read_only(name)
    assert not hasattr(klass, "_set_" + name), "expected not to find _set_" + name
    setattr(klass, name, property(getter, refuse, doc=doc))
