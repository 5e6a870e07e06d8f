a = 1
def names():
    return sorted(k for k in globals() if not k.startswith('__'))
def get_globals():
    return globals()
