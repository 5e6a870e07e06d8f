def outer():
    produced = 0
    consumed = 0
    def producer():
        nonlocal produced
        for i in range(3):
            produced += 1
            yield i
    def consumer(gen):
        nonlocal consumed
        for x in gen:
            consumed += x
    consumer(producer())
    return produced, consumed
print(outer())

def cell_late_binding():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g)
    return [list(g()) for g in gens]
print(cell_late_binding())
