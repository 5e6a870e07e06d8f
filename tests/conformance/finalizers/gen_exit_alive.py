# A suspended generator still bound to a global when the program ends (no
# cycle but its frame's globals): closed at exit with globals and builtins
# still there.
tag = "tag"


def run():
    try:
        yield 1
    finally:
        print("finally", tag, len([1, 2]), sorted([3, 1]))


g = run()
next(g)
print("end")
