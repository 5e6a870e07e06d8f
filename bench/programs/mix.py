# mix: a general interpreter mix (integer loops and arithmetic, dict counting,
# list building and sorting, string building and joining), so that speed is
# not tuned to the closure patterns alone.
M = 1000000007


def arith(n):
    acc = 0
    for i in range(1, n):
        acc = (acc * 31 + i * i + (i // 3) - (i % 7)) % 1000003
    return acc


def dict_counts(reps):
    words = []
    for i in range(2000):
        words.append("w" + str(i % 337))
    counts = {}
    for rep in range(reps):
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    total = 0
    for w in counts:
        total = (total + len(w) * counts[w]) % M
    return total + len(counts)


def list_sort(n):
    values = [(i * 7919) % 10007 for i in range(n)]
    values.sort()
    evens = [v for v in values if v % 2 == 0]
    total = 0
    for k in range(0, len(evens), 7):
        total = (total + evens[k] * k) % M
    return total + len(evens)


def strings(n):
    parts = []
    for i in range(n):
        parts.append(str(i * 3))
    s = ",".join(parts)
    pieces = s.split(",")
    return len(s) + len(pieces) + len(pieces[n // 2])


def main():
    total = arith(1500000)
    total = (total + dict_counts(150)) % M
    total = (total + list_sort(300000)) % M
    total = (total + strings(300000)) % M
    print(total)


main()
