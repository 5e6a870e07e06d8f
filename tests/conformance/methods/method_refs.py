xs = []
push = xs.append
for i in range(3):
    push(i * i)
print(xs)
up = "shout".upper
print(up())
d = {"k": 1}
getter = d.get
print(getter("k"), getter("x", -1))
pops = [xs.pop for _ in range(2)]
print([p() for p in pops], xs)
split = "a-b-c".split
print(split("-"), split("-", 1))
