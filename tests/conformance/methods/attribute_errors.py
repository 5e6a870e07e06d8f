def attempt(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
attempt(lambda: (5).foo)
attempt(lambda: "s".push("x"))
attempt(lambda: [].add(1))
attempt(lambda: {}.append(1))
attempt(lambda: None.x)
attempt(lambda: (1, 2).append(3))
attempt(lambda: {1}.append(2))
def f():
    pass
attempt(lambda: f.missing)
attempt(lambda: (1.5).y)
