# cmp_to_key's keys are functools.KeyWrapper objects: they compare only with
# each other, by the comparison function's answer against 0
import functools

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))


def attempt(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)


attempt("K(1) < 2", lambda: K(1) < 2)
attempt("K(1) == 1", lambda: K(1) == 1)
attempt("K(1) == K(1)", lambda: K(1) == K(1))
attempt("K(1) < K(2)", lambda: K(1) < K(2))
attempt("K(1) != K(2)", lambda: K(1) != K(2))
attempt("K(1) >= K(2)", lambda: K(1) >= K(2))
attempt("K(1) <= K(1)", lambda: K(1) <= K(1))
attempt("K(2) > K(1)", lambda: K(2) > K(1))
attempt("hash", lambda: hash(K(1)))
attempt("obj", lambda: K(5).obj)
attempt("K.obj", lambda: K.obj)
attempt("K()", lambda: K())
attempt("K(1, 2)", lambda: K(1, 2))
attempt("K(obj=1)", lambda: K(obj=1).obj)
attempt("K(x=1)", lambda: K(x=1))
attempt("sorted", lambda: sorted([3, 1, 2], key=K))
attempt("sorted reverse", lambda: sorted("bca", key=K, reverse=True))
bad = functools.cmp_to_key(lambda a, b: "x")
attempt("answer not a number", lambda: bad(1) < bad(2))
attempt("other cmp", lambda: K(1) < functools.cmp_to_key(lambda a, b: -1)(2))
attempt("type name", lambda: type(K(1)).__name__)
attempt("module", lambda: type(K).__module__)
attempt("in a set", lambda: {K(1)})
attempt("== None", lambda: K(1) == None)
attempt("None < K", lambda: None < K(1))
attempt("KeyWrapper()", lambda: type(K)())
attempt("min", lambda: min([K(3), K(1), K(2)]).obj)
attempt("max key", lambda: max([3, 1, 2], key=K))
