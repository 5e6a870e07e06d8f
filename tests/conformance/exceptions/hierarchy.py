def catch(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except (KeyError, IndexError) as e:
        return "lookup handler: " + type(e).__name__
    except NameError as e:
        return "NameError handler: " + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError handler: " + type(e).__name__
    except Exception as e:
        return "Exception handler: " + type(e).__name__
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), NameError("n"),
            UnboundLocalError("u"), RecursionError("r"), RuntimeError("rt"),
            ValueError("v"), TypeError("t"), AssertionError("a"), AttributeError("at"),
            OverflowError("o"), StopIteration("s"), MemoryError()]:
    print(catch(exc))
print(isinstance(UnboundLocalError("x"), NameError))
print(isinstance(RecursionError("x"), RuntimeError))
print(isinstance(KeyError("x"), Exception))
