# for loops over tuples (the fused FOR_ITER into a local, and FOR_ITER
# followed by unpacking), an iterator reused after it ran out, one shared
# between two loops, and tuples changing under a loop's name.


def total(t):
    s = 0
    for x in t:
        s += x
    return s


def pairs(t):
    out = []
    for a, b in t:
        out.append(a * b)
    return out


print(total((1, 2, 3)), total(()), total(tuple(range(1000))), total((0.5, 1.5)))
print(pairs(((1, 2), (3, 4), (5, 6))))
it = iter((1, 2, 3, 4, 5))
for x in it:
    if x == 2:
        break
print(list(it))
for x in it:
    print('never', x)
print(list(it), next(it, 'done'))
it = iter(('a', 'b', 'c', 'd'))
for x in it:
    for y in it:
        print(x, y)
t = (1, 2, 3)
for x in t:
    t = t + (x,)
    if len(t) > 10:
        break
print(t)
words = tuple('the quick brown fox'.split())
print([w.upper() for w in words], sorted(words), max(w for w in words))


def gen(t):
    for x in t:
        yield x
        yield -x


print(list(gen((1, 2, 3))))
