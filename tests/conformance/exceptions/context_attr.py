# __context__ and __cause__ as attributes: reading, identity, loops cut.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        saved = a
        raise TypeError("b")
except TypeError as b:
    print(b.__context__ is saved)
    print(saved.__context__)

# raising the handled exception itself sets no self-context
try:
    try:
        raise ValueError("self")
    except ValueError as s:
        raise s
except ValueError as s2:
    print("self", s2.__context__)

# re-raising an older exception while handling a newer one: the loop is cut
try:
    try:
        raise KeyError("x")
    except KeyError as k:
        try:
            raise IndexError("y")
        except IndexError as idx:
            raise k
except KeyError as k2:
    print(type(k2.__context__).__name__, k2.__context__.__context__)

# three levels deep
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)

try:
    {}["k"]
except KeyError:
    try:
        int("z")
    except ValueError:
        None.foo
