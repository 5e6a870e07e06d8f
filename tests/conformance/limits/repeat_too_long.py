# Repeating a str or bytes past what a size can hold is CPython's OverflowError;
# within that but past memory, MemoryError (nothing is allocated first).
for f in (lambda: "ab"*(2**62), lambda: "ab"*(2**40), lambda: b"ab"*(2**62), lambda: b"ab"*(2**40), lambda: "a"*(2**63-1), lambda: b"a"*(2**63-1)):
    try:
        f()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
