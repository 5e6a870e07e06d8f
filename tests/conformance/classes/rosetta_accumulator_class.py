# accumulator factory, as a class with __call__ and as a closure
class Accumulator:
    def __init__(self, total):
        self.total = total

    def __call__(self, n):
        self.total += n
        return self.total


def accumulator(total):
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc


for make in (Accumulator, accumulator):
    x = make(1)
    x(5)
    make(3)
    print(x(2.3))
