z = zip([1, 2, 3], "abc")
first = []
for pair in z:
    first.append(pair)
    if len(first) == 2:
        break
print(first)
print(list(z))
e = enumerate([10, 20, 30])
for i, v in e:
    if i == 0:
        continue
    print(i, v)
f = filter(lambda v: v % 2, range(7))
print(sum(f), sum(f))
r = reversed("stressed")
print("".join(r))
print("".join(r) == "")
