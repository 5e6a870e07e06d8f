x = 12


class X:
    y = 13
    x = 5

    def f(self):
        return x
    names = sorted(n for n in ["a", "b"])


print(X().f(), X.y, X.x, X.names)


def counter_class():
    count = 0

    class Counter:
        def incr(self):
            nonlocal count
            count += 1
            return count
    return Counter


Counter = counter_class()
a, b = Counter(), Counter()
print(a.incr(), b.incr(), a.incr())
