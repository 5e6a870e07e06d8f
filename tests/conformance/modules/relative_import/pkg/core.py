base = 10
def name():
    return __name__
