def make_timer(log):
    class Timer:
        def __enter__(self):
            log.append("start")
            return lambda: len(log)

        def __exit__(self, *a):
            log.append("stop")
    return Timer()


log = []
with make_timer(log) as count:
    log.append("work")
    print(count())
print(log, count())


class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        return self.pending

    def __exit__(self, et, ev, tb):
        if et is None:
            self.store.update(self.pending)
        return et is KeyError


store = {"a": 1}
with Transaction(store) as t:
    t["b"] = 2
with Transaction(store) as t:
    t["c"] = 3
    raise KeyError("abort")
print(sorted(store.items()))
