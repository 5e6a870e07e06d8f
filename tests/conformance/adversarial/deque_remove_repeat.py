# deque.remove whose comparison mutates the deque is an IndexError (other
# searches: RuntimeError); a repeat the heap could never hold is refused at once.
import collections
class Mut:
    def __init__(self, d, act):
        self.d = d
        self.act = act
    def __eq__(self, other):
        if self.act:
            act, self.act = self.act, None
            act(self.d)
        return False
for name, act in [('clear', lambda d: d.clear()), ('append', lambda d: d.append(9)),
                  ('pop', lambda d: d.pop())]:
    for op in ('remove', 'count', 'index', 'contains'):
        d = collections.deque(range(5))
        m = Mut(d, act)
        try:
            if op == 'contains':
                r = m in d
            else:
                r = getattr(d, op)(m)
            print(name, op, r)
        except (IndexError, RuntimeError, ValueError) as e:
            print(name, op, type(e).__name__, e)
for n in (2 ** 62, 2 ** 63):
    try:
        collections.deque([1, 2]) * n
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, n.bit_length())
d = collections.deque([1, 2])
try:
    d *= 2 ** 62
except MemoryError:
    print('MemoryError in place', len(d))
for n in (2 ** 62, 2 ** 61):
    try:
        print(collections.deque([1, 2], maxlen=5) * n)
    except MemoryError:
        print("MemoryError with maxlen", n.bit_length())
print(collections.deque([1, 2]) * 3, collections.deque() * 2 ** 62)
