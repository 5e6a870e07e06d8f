# generators and closures stepping through big ranges
def window(start, width):
    r = range(start, start + width)
    def at(i):
        return r[i] * 2
    return at

w = window(2 ** 90, 5)
print([w(i) for i in range(-5, 5, 3)])

def stepper(lo, hi, step):
    for x in range(lo, hi, step):
        yield x % 1000003

print(list(stepper(3 ** 50, 3 ** 50 + 10 ** 6, 99999)))
acc = 0
for i in range(10 ** 25, 10 ** 25 + 100000, 997):
    acc ^= i
print(acc)
