# Source compiled at run time meets the same depth limits as a file:
# exec() raises the RecursionError and MemoryError CPython's compiler does,
# and the program goes on.
sources = [
    "f" + "(0)" * 5000,
    "-" * 10000 + "1",
    "x = 1 + " + "+".join(["1"] * 5000),
    "lambda: " * 4000 + "1",
    "x = [0]\nx" + "[0]" * 4000,
    "if 1:\n    pass\n" + "".join("elif %d:\n    pass\n" % i for i in range(7000)),
]
for src in sources:
    try:
        exec(src)
        print("compiled")
    except (RecursionError, MemoryError) as e:
        print(type(e).__name__, repr(str(e)))
print(eval("-" * 100 + "1"), eval("not " * 101 + "0"))
