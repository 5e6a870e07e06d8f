# Closures in reference cycles: each round builds closures that reach
# themselves (through a cell, a list and a dict). Reference counting cannot
# free them; only the cycle collector can. Watch the collections rise.
import gc

rounds = 0


def make_self_referencing():
    def again(n):
        if n <= 0:
            return 0
        return again(n - 1) + 1  # 'again' is captured: the closure's cell holds itself
    return again


def make_pair():
    def ping(n):
        return pong(n - 1) if n > 0 else "ping"

    def pong(n):
        return ping(n - 1) if n > 0 else "pong"

    return ping, pong  # ping captures pong and pong captures ping


def make_registry():
    registry = {}

    def lookup(name):
        return registry.get(name)

    registry["lookup"] = lookup  # the dict holds the closure, the closure holds the dict
    return lookup


def tick():
    global rounds
    rounds += 1
    for _ in range(50):
        make_self_referencing()(3)
        ping, pong = make_pair()
        ping(4)
        make_registry()("lookup")
    if rounds % 20 == 0:
        print(f"round {rounds}: gc counts {gc.get_count()}")


tick()
