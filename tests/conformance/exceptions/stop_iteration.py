def take(xs, n):
    out = []
    try:
        for x in xs:
            if len(out) == n:
                raise StopIteration("took " + str(n))
            out.append(x)
    except StopIteration as e:
        print("stopped:", e)
    return out
print(take(range(10), 3))
print(take([1, 2], 5))
try:
    raise StopIteration
except StopIteration as e:
    print("bare", repr(str(e)), isinstance(e, Exception))
