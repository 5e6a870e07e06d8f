# Collections working together: a rate limiter of deques, Counter of namedtuples.
from collections import Counter, deque, namedtuple, defaultdict, OrderedDict

Hit = namedtuple("Hit", "user path")


def limiter(limit, window):
    seen = defaultdict(deque)
    def allow(user, t):
        q = seen[user]
        while q and q[0] <= t - window:
            q.popleft()
        if len(q) < limit:
            q.append(t)
            return True
        return False
    return allow


allow = limiter(2, 10)
print([allow(u, t) for u, t in [("a", 0), ("a", 1), ("a", 2), ("b", 2), ("a", 11), ("a", 12)]])
hits = [Hit("a", "/x"), Hit("b", "/x"), Hit("a", "/x"), Hit("a", "/y")]
by_hit = Counter(hits)
print(by_hit.most_common(1), Counter(h.path for h in hits), Counter(h.user for h in hits)["a"])
od = OrderedDict(sorted(by_hit.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(od.items()), od.popitem(last=False))
