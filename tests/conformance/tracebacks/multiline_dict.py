def f():
    return {
        "a": 1,
        "b": 1 / 0,
    }
f()
