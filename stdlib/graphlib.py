"""graphlib: TopologicalSorter (static_order, and the prepare/get_ready/done protocol for
working through a graph in batches) and CycleError.

The order is CPython's: nodes become ready in the order they were first named (as a node
or as a predecessor), successors in the order their edges were added; a cycle is reported
as the first one a depth-first walk over the successors meets, its first node repeated at
its end.
"""

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of predecessors not yet done turns into one of these once it is handed out
# by get_ready() and then marked done().
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """The graph has a cycle: args[1] lists its nodes, the first one again at the end."""


class _Vertex:
    __slots__ = ("node", "waiting", "after")

    def __init__(self, node):
        self.node = node
        self.waiting = 0  # predecessors not done yet, or _HANDED_OUT / _FINISHED
        self.after = []  # successors, one entry per edge


class TopologicalSorter:
    """Sorts a graph given as {node: predecessors} or built with add()."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None  # the nodes ready to hand out, once prepare() ran
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex(node)
        return vertex

    def add(self, node, *predecessors):
        """Adds node, and an edge to it from each predecessor (nodes must be hashable)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        vertex = self._vertex(node)
        vertex.waiting += len(predecessors)
        for predecessor in predecessors:
            self._vertex(predecessor).after.append(node)

    def prepare(self):
        """Ends the building; raises CycleError when the graph has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [v.node for v in self._vertices.values() if v.waiting == 0]
        cycle = self._first_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done (each one handed out once)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._vertices[node].waiting = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out and not done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks handed-out nodes as processed, which may make their successors ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if vertex.waiting == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if vertex.waiting != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            vertex.waiting = _FINISHED
            for successor in vertex.after:
                later = self._vertices[successor]
                later.waiting -= 1
                if later.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _first_cycle(self):
        # Depth-first over successor edges from each node in turn, keeping the current path;
        # meeting a node that is on the path closes a cycle.
        visited = set()
        for start in self._vertices:
            if start in visited:
                continue
            path = []
            on_path = {}
            pending = []  # per path entry: an iterator over its successors left to visit
            node = start
            while True:
                if node in visited:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    visited.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._vertices[node].after))
                node = None
                while path:
                    node = next(pending[-1], _NO_MORE)
                    if node is not _NO_MORE:
                        break
                    del on_path[path.pop()]
                    pending.pop()
                if not path:
                    break
        return None

    def static_order(self):
        """The nodes in one topological order (a generator; prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


_NO_MORE = object()
