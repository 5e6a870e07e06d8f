# closure_call: the seed's make_multiplier_of at scale: create closures, keep
# a batch of them, call each, and also create-and-call one-shot closures.
M = 1000000007


def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier


def main():
    total = 0
    for r in range(100):
        multipliers = [make_multiplier_of(i) for i in range(10000)]
        for m in multipliers:
            total = (total + m(r + 1)) % M
    for i in range(1000000):
        total = (total + make_multiplier_of(i)(3)) % M
    print(total)


main()
