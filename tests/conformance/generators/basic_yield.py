def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for x in count_up(4):
    print("got", x)
print(list(count_up(3)), tuple(count_up(2)), sum(count_up(10)))
g = count_up(2)
print(next(g), next(g), next(g, "end"))
print(type(g).__name__)
