def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return n - 1 if n > 0 else 0
print(a(5), a(0))
def chain(n, acc):
    if n == 0:
        return acc
    return chain(n - 1, acc + [n])
print(chain(10, []))
def count_down(n):
    while n > 0:
        n = count_down(n - 1) if n % 100 == 0 else n - 1
    return n
print(count_down(450))
