try:
    {}["a"]
except KeyError:
    print("handling")
    raise ValueError("raised while handling")
