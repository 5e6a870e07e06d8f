def outer():
    def get():
        return x
    cell = get.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = 5
    print(cell.cell_contents, get())
    del x
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    return get
outer()
