def memo(f):
    cache = {}
    hits = [0]
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            hits[0] += 1
            return cache[key]
        r = cache[key] = f(*args, **kwargs)
        return r
    def stats():
        return len(cache), hits[0]
    return wrapper, stats
def _power(base, exp=2):
    return base ** exp
power, stats = memo(_power)
print(power(3), power(3), power(3, exp=3), power(3, exp=3), power(base=3))
print(stats())
