from first import f
def g():
    return 2
