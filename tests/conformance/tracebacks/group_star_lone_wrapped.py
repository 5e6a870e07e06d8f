try:
    raise ValueError(1)
except* ValueError as eg:
    print(repr(eg), eg.__traceback__ is not None)
    raise TypeError(2)
