def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), OSError(4)])])
    except* ValueError as e:
        print("caught", repr(e))
    except* OSError:
        print("os")
        raise
f()
