from second import g
def f():
    return 1
