# cycles: closures in reference cycles created in a loop (a closure that
# captures itself, two closures that capture each other, a dict that holds
# the closure that captures it). Only the cycle collector frees them.
M = 1000000007


def make_self_ref(i):
    def again(n):
        if n <= 0:
            return i
        return again(n - 1)

    return again


def make_pair(i):
    def ping(n):
        return pong(n - 1) if n > 0 else i

    def pong(n):
        return ping(n - 1) if n > 0 else i + 1

    return ping


def make_registry(i):
    registry = {}

    def lookup(name):
        return registry.get(name, i)

    registry["self"] = lookup
    return lookup


def main():
    total = 0
    for i in range(200000):
        total += make_self_ref(i)(2)
        total += make_pair(i)(3)
        total += make_registry(i)("missing")
        total %= M
    print(total)


main()
