# A dict or set lookup whose keys' __eq__ compares deep structures ends in CPython's
# "in comparison" RecursionError, and the dict is intact afterwards.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
def deep(n, wrap):
    x = []
    for _ in range(n):
        x = wrap(x)
    return x
d = {Key(deep(100000, lambda x: [x])): 'a'}
s = {Key(deep(100000, lambda x: (x,)))}
for what, probe in [('dict get', lambda: d.get(Key(deep(100000, lambda x: [x])))),
                    ('dict in', lambda: Key(deep(100000, lambda x: [x])) in d),
                    ('set in', lambda: Key(deep(100000, lambda x: (x,))) in s)]:
    try:
        probe()
        print(what, 'no error')
    except RecursionError as e:
        print(what, 'RecursionError:', e)
print(len(d), len(s), list(d.values()))
