def repeat(value, times=2, *, sep=None):
    for i in range(times):
        if sep and i:
            yield sep
        yield value

print(list(repeat("x")), list(repeat("y", 3, sep="-")))
def varargs(*args, **kwargs):
    yield args
    yield sorted(kwargs.items())
print(list(varargs(1, 2, a=3)))
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
