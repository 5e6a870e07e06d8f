# deque as the state of closures: a sliding-window average and a BFS queue.
from collections import deque

def moving_average(n):
    window = deque(maxlen=n)
    def push(x):
        window.append(x)
        return sum(window) / len(window)
    return push

avg = moving_average(3)
print([avg(x) for x in [3, 6, 9, 12, 15]])
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}

def bfs(start):
    seen, order, frontier = {start}, [], deque([start])
    while frontier:
        node = frontier.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return order

print(bfs("a"))
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
for i in range(500):
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[600], sum(q))
