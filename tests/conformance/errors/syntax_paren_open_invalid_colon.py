print("never printed")
if (a:
    pass
