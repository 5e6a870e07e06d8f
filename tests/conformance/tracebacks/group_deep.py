def wrap(exc, level):
    for i in range(level):
        exc = ExceptionGroup(f"level {i}", [exc, KeyError(i)] if i % 4 == 0 else [exc])
    return exc


raise wrap(ValueError("innermost"), 12)
