# dict and set lookups whose __eq__ mutates the container start the probe
# again (CPython 3.11), for in, get, setitem, setdefault, pop and set add.
class K:
    def __init__(self, h, name):
        self.h = h
        self.name = name
        self.action = None

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.action is not None:
            act, self.action = self.action, None
            act()
        return other is self

    def __repr__(self):
        return self.name


def arm(keys, act):
    for k in keys:
        k.action = act


def case(label, act_of, op):
    d = {}
    keys = [K(1, 'k%d' % i) for i in range(4)]
    for i, k in enumerate(keys):
        d[k] = i
    arm(keys, act_of(d))
    probe = K(1, 'probe')
    try:
        print(label, op(d, probe, keys), len(d), sorted(map(repr, d)))
    except RuntimeError as e:
        print(label, 'RuntimeError', e)


acts = {
    'clear': lambda d: (lambda: d.clear()),
    'grow': lambda d: (lambda: d.update({('x', i): i for i in range(50)})),
    'pop': lambda d: (lambda: d.pop(next(iter(d))) if d else None),
    'noop': lambda d: (lambda: None),
}
ops = {
    'in': lambda d, p, keys: p in d,
    'get': lambda d, p, keys: d.get(p, 'missing'),
    'set': lambda d, p, keys: d.__setitem__(p, 'new'),
    'setdefault': lambda d, p, keys: d.setdefault(p, 'dflt'),
    'pop': lambda d, p, keys: d.pop(p, 'absent'),
    'found': lambda d, p, keys: d.get(keys[-1], 'lost'),
}
for an, act in acts.items():
    for on, op in ops.items():
        case(an + '/' + on, act, op)

for an in ['clear', 'discard', 'add']:
    s = set()
    keys = [K(3, 's%d' % i) for i in range(4)]
    for k in keys:
        s.add(k)
    if an == 'clear':
        arm(keys, lambda: s.clear())
    elif an == 'discard':
        arm(keys, lambda: s.discard(keys[0]))
    else:
        arm(keys, lambda: s.update(range(40)))
    p = K(3, 'p')
    print('set', an, p in s, len(s))
    s.add(p)
    print('set', an, 'added', p in s, len(s))
