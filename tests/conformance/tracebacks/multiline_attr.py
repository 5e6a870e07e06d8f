def f(a):
    return (a.x
            .y)
f(1)
