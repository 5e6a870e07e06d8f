log = []
def t(name, val):
    log.append(name)
    return val
def f(*args, **kw):
    return len(args) + len(kw)
f(t("a", 1), t("b", 2), *[t("d", 4)], x=t("c", 3))
print(log)
log.clear()
t("fn", f)(t("x", 1), t("y", 2))
print(log)
log.clear()
d = {t("k1", "a"): t("v1", 1), t("k2", "b"): t("v2", 2)}
print(log, d)
log.clear()
xs = [t("e1", 1), t("e2", 2)]
xs[t("i", 0)] = t("rhs", 9)
print(log, xs)
