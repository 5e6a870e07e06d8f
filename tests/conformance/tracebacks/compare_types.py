x = 5
if x > "a":
    pass
