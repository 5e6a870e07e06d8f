def f(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            if n == 1:
                raise TypeError("passes through")
            return "ok"
        except ValueError as e:
            print("inner handler:", e)
            raise RuntimeError("from inner handler")
        finally:
            print("inner finally")
    except RuntimeError as e:
        print("outer handler:", e)
        return "recovered"
    except TypeError as e:
        print("outer type handler:", e)
        return "type"
    finally:
        print("outer finally")
for n in range(3):
    print("result", f(n))
