def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except Exception as e:
    e.add_note("a note\nsecond line")
    e.add_note("another")
    raise RuntimeError("wrap") from e
