# Per-object data kept beside objects without keeping them alive (closures as keys).
import weakref

meta = weakref.WeakKeyDictionary()


def tag(fn, label):
    meta[fn] = label
    return fn


def make(i):
    return tag(lambda: i, "fn%d" % i)


fns = [make(i) for i in range(4)]
print(len(meta), sorted(meta.values()), meta[fns[2]], fns[2]())
del fns[::2]
print(len(meta), sorted(meta.values()), [meta.get(f) for f in fns])
print(fns[0] in meta, (lambda: 0) in meta)
fns.clear()
print(len(meta), list(meta.items()))
