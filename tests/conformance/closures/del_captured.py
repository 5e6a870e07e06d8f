def outer():
    v = "alive"
    def get():
        return v
    print(get())
    del v
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    try:
        get.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = "revived"
    print(get())
outer()
