def make_id_source(prefix):
    def ids():
        n = 0
        while True:
            n += 1
            yield "%s-%d" % (prefix, n)
    source = ids()
    def next_id():
        return next(source)
    return next_id

a = make_id_source("a")
b = make_id_source("b")
print(a(), a(), b(), a(), b())
