def area(r):
    return 100 + r
