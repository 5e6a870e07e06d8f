class Fragile:
    def __len__(self):
        raise RuntimeError("len failed")

    def __getitem__(self, k):
        return {"a": 1}[k]

    def __eq__(self, o):
        raise ValueError("no equality")

    __hash__ = None


f = Fragile()
for op in (lambda: len(f), lambda: f["b"], lambda: f == 1, lambda: hash(f),
           lambda: f in [f, 1], lambda: {f: 1}):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(f in [f])
f["zz"]
