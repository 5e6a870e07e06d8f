def f():
    return "😀😀" + undefined_x
f()
