# Requests for blocks far past any memory (terabytes) are a MemoryError the
# program can catch and go on from, in every build: none reaches the host's
# allocator (AddressSanitizer's aborts past 1 TiB instead of failing).
attempts = [
    lambda: [0] * (10 ** 12),
    lambda: "x" * (10 ** 13),
    lambda: "%*d" % (1 << 41, 1),
    lambda: "%*d" % (1 << 40, 1),
    lambda: format(1, ">" + str(1 << 41)),
    lambda: "{:>{}}".format("a", 1 << 42),
    lambda: bytearray(1 << 45),
    lambda: "x".ljust(1 << 41),
    lambda: "ab".center(1 << 43, "*"),
]
for i, f in enumerate(attempts):
    for round_ in range(2):
        try:
            f()
            print(i, "allocated")
        except MemoryError:
            print(i, "MemoryError")
print(sum(range(10)), len("still fine" * 3))
