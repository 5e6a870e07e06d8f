def build():
    handlers = []
    i = 0
    while i < 3:
        def h(i=i):
            return "default " + str(i)
        def g():
            return "late " + str(i)
        handlers.append((h, g))
        i += 1
    return handlers
for h, g in build():
    print(h(), g())
