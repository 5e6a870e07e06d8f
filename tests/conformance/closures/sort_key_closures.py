def by_field(i, reverse=False):
    def key(row):
        return row[i]
    return key
rows = [("bob", 3, 9.5), ("ann", 1, 7.0), ("cy", 2, 8.25)]
for i in range(3):
    print(sorted(rows, key=by_field(i)))
weights = {"ann": 2, "bob": 0, "cy": 1}
print(sorted(rows, key=lambda r: weights[r[0]]))
def make_ranker(order):
    pos = {name: i for i, name in enumerate(order)}
    return lambda r: pos.get(r[0], 99)
print([r[0] for r in sorted(rows, key=make_ranker(["cy", "ann"]))])
