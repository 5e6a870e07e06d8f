try:
    int("nope")
except ValueError as e:
    print("logging:", e)
    raise
