g = lambda n: (yield n)
it = g(5)
print(next(it))
try:
    it.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

pairs = lambda xs: ((x, y) for x in xs for y in xs if x < y)
print(list(pairs([1, 2, 3])))
