def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


def trace(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a[-1:]} -> {r}")
        return r
    return wrapper


@trace
def area(w, h):
    """Rectangle area."""
    return w * h


class Shapes:
    @trace
    def double(self, x):
        """Doubles."""
        return 2 * x


area(2, 3)
Shapes().double(4)
print(area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(5, 5))
print(Shapes.double.__qualname__, Shapes.double.__doc__)
