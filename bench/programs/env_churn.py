# env_churn: closures capturing large lists, created and dropped in a loop;
# a small ring keeps the last few alive, so frees come in a different order
# than allocations.
M = 1000000007


def make_handler(seed, size):
    buffer = [0] * size
    buffer[0] = seed

    def handle(k):
        return buffer[k % size] + buffer[0] + len(buffer)

    return handle


def main():
    total = 0
    ring = [None] * 8
    for i in range(300000):
        h = make_handler(i, 1000)
        ring[i % 8] = h
        total = (total + h(i) + ring[(i + 3) % 8](i)) % M if i >= 8 else (total + h(i)) % M
    print(total)


main()
