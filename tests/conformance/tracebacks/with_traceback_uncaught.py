# An exception raised with another one's traceback: the report shows the
# raising frames, then the saved ones with their carets.
def compute(values):
    return values[0] / values[1]


def keep():
    try:
        compute([1, 0])
    except ZeroDivisionError as e:
        return e.__traceback__


saved = keep()


def fail():
    raise RuntimeError('replayed').with_traceback(saved)


fail()
