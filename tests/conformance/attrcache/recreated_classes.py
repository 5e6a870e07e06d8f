# Classes created and dropped in a loop (a freed class's address may be
# reused by the next one): each new class's own attributes are seen.
import gc


def make(i):
    class K:
        tag = i

        def get(self):
            return self.tag * 2

    return K


out = []
for i in range(200):
    k = make(i)
    o = k()
    out.append(o.get() + o.tag)
    del k, o
    if i % 50 == 0:
        gc.collect()
print(out[:5], out[-3:], sum(out))
