# graph_million: about one million live objects for the heap-graph benchmark
# (bench/run.py's `graph` section times rt_graph_build on this heap through
# probe.c). Per handler: a closure over two cells, a list, a float, a str and
# a boxed int behind the list; plus a dict of names and a tuple per handler.
N = 111000


def make_handler(buffer, tag):
    def handle(x):
        return len(buffer) + x + tag
    return handle


handlers = []
names = {}
for i in range(N):
    buffer = [i, float(i), str(i), i + 4611686018427387904]
    handlers.append(make_handler(buffer, i))
    names["h" + str(i)] = (i, buffer)
print(len(handlers), len(names), handlers[N - 1](1))
