class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def ledger(self):
        while True:
            amount = yield self.balance
            if amount is None:
                return self.balance
            self.balance += amount


acct = Account("ann")
led = acct.ledger()
next(led)
print(led.send(10), led.send(-3), acct.balance)
try:
    led.send(None)
except StopIteration as e:
    print("closed with", e.value)


class Pipeline:
    def __init__(self):
        self.stages = []

    def stage(self, fn):
        self.stages.append(fn)
        return fn

    def run(self, items):
        for fn in self.stages:
            items = fn(items)
        return items


p = Pipeline()


@p.stage
def double(xs):
    for x in xs:
        yield x * 2


@p.stage
def only_big(xs):
    return (x for x in xs if x > 4)


print(list(p.run(range(5))))
