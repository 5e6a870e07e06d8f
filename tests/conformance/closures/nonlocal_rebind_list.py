def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def reset():
        nonlocal items
        old = items
        items = []
        return old
    def peek():
        return items
    return add, reset, peek
add, reset, peek = make()
add(1); add(2)
old = reset()
add(3)
print(old, peek())
print(add.__closure__[0].cell_contents is peek())
