print("never printed")
xs = [1 2]
