def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: undefined_name)
attempt(lambda: [1][5])
attempt(lambda: {"a": 1}["b"])
attempt(lambda: int("x"))
attempt(lambda: float("abc"))
attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: len(3))
attempt(lambda: [].pop())
attempt(lambda: (1).bad)
n = None
attempt(lambda: n[0])
attempt(lambda: n())
m = 5
attempt(lambda: m[0])
attempt(lambda: [x for x in m])
attempt(lambda: {}.pop("k"))
attempt(lambda: [1, 2].index(3))
attempt(lambda: [1].remove(2))
attempt(lambda: set().remove(1))
attempt(lambda: "abc"[10])
attempt(lambda: (1, 2)[2])
