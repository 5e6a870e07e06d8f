# arguments past 64 bits or past what memory holds end in CPython's errors
import itertools


def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", repr(r)[:60])
    except (ValueError, OverflowError, MemoryError, TypeError) as e:
        print(name, "->", type(e).__name__, e)


attempt("int base 2**100", lambda: int("1", 2**100))
attempt("int base -2**100", lambda: int("1", -2**100))
attempt("int non-str base 99", lambda: int(5, 99))
attempt("int non-str base 10", lambda: int(5, 10))
attempt("to_bytes 2**62", lambda: (1).to_bytes(2**62, "big"))
attempt("to_bytes 2**64", lambda: (1).to_bytes(2**64, "big"))
attempt("to_bytes fits", lambda: (258).to_bytes(2, "big"))
attempt("to_bytes short", lambda: (2**16).to_bytes(2, "big"))
attempt("1 << 2**64", lambda: 1 << 2**64)
attempt("0 << 2**64", lambda: 0 << 2**64)
attempt("1 >> 2**64", lambda: 1 >> 2**64)
attempt("islice stop", lambda: itertools.islice("ab", 2**100))
attempt("islice maxsize", lambda: list(itertools.islice("ab", 2**63 - 1)))
attempt("islice start", lambda: itertools.islice("ab", 2**100, None))
attempt("islice 2**63", lambda: itertools.islice("ab", 2**63))
attempt("product 2**100", lambda: itertools.product("a", repeat=2**100))
attempt("product 2**62", lambda: itertools.product("ab", repeat=2**62))
attempt("product two 2**61", lambda: itertools.product("ab", "c", repeat=2**61))
attempt("product none 2**62", lambda: list(itertools.product(repeat=2**62)))
attempt("combinations 2**100", lambda: itertools.combinations("a", 2**100))
attempt("permutations 2**100", lambda: itertools.permutations("a", 2**100))
attempt("cwr 2**63", lambda: itertools.combinations_with_replacement("a", 2**63))
attempt("chr 2**100", lambda: chr(2**100))
attempt("chr 2**31", lambda: chr(2**31))
attempt("chr -2**31", lambda: chr(-2**31))
attempt("chr 0x110000", lambda: chr(0x110000))
