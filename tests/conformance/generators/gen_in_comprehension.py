def squares(n):
    for i in range(n):
        yield i * i

print([x + 1 for x in squares(4)])
print({x % 3 for x in squares(6)})
print({x: x // 2 for x in squares(3)})
print([list(squares(k)) for k in range(4)])
print([y for x in squares(3) for y in squares(x)])
