"""Dijkstra / A* on a grid, TheAlgorithms style."""
from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


@dataclass(order=True)
class Node:
    cost: int
    name: str = field(compare=False)
    path: List[str] = field(default_factory=list, compare=False, repr=False)


class Graph:
    def __init__(self) -> None:
        self.adj: Dict[str, List[Tuple[str, int]]] = defaultdict(list)

    def add_edge(self, u: str, v: str, w: int, directed: bool = False) -> None:
        self.adj[u].append((v, w))
        if not directed:
            self.adj[v].append((u, w))

    def dijkstra(self, src: str, dst: str) -> Optional[Node]:
        """
        >>> g = Graph(); g.add_edge("a", "b", 1); g.dijkstra("a", "b").cost
        1
        """
        heap = [Node(0, src, [src])]
        seen = set()
        while heap:
            node = heapq.heappop(heap)
            if node.name in seen:
                continue
            if node.name == dst:
                return node
            seen.add(node.name)
            for nxt, w in self.adj[node.name]:
                if nxt not in seen:
                    heapq.heappush(heap, Node(node.cost + w, nxt, node.path + [nxt]))
        return None


def grid_astar(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "G")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    best = {start: 0}
    while open_heap:
        f, g, pos = heapq.heappop(open_heap)
        if pos == goal:
            return g
        r, c = pos
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                ng = g + 1
                if ng < best.get((nr, nc), float("inf")):
                    best[(nr, nc)] = ng
                    heapq.heappush(open_heap, (ng + h((nr, nc)), ng, (nr, nc)))
    return -1


if __name__ == "__main__":
    g = Graph()
    for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                    ("E", "D", 4), ("D", "F", 11)]:
        g.add_edge(u, v, w)
    res = g.dijkstra("A", "F")
    print(res, res.path if res else None)
    print(g.dijkstra("A", "Z"))
    maze = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#G"]
    print("astar:", grid_astar(maze))
    print(sorted([Node(3, "x"), Node(1, "y"), Node(2, "z")]))
    import doctest
    print(doctest.testmod())
