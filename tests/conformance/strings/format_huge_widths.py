# Widths and precisions too large for any machine word: CPython's errors,
# never an overflow (found by fuzzing).
for fmt in ["%99999999999999999999d", "%.99999999999999999999f",
            "%333333333333333333333333333333333d", "%-99999999999999999999s"]:
    try:
        print(len(fmt % 1))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for spec in ["99999999999999999999d", ".99999999999999999999f", "<99999999999999999999"]:
    try:
        print(len(format(1, spec)))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
try:
    print(len("%*d" % (2**70, 1)))
except (ValueError, OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print("%5d|%-5d|%.2f" % (42, 7, 3.14159))
