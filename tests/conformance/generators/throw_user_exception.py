class Retry(Exception):
    pass


class Abort(Exception):
    def __init__(self, why):
        super().__init__(why)
        self.why = why


def worker():
    attempt = 0
    while True:
        try:
            attempt += 1
            yield "attempt %d" % attempt
        except Retry:
            print("retrying")
        except Abort as e:
            print("aborting:", e.why)
            return attempt


w = worker()
print(next(w))
print(w.throw(Retry))
print(w.throw(Retry()))
try:
    w.throw(Abort("enough"))
except StopIteration as e:
    print("finished after", e.value)


def unhandled():
    yield 1


u = unhandled()
next(u)
try:
    u.throw(Abort("boom"))
except Abort as e:
    print(type(e).__name__, e.why)
