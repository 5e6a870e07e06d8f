def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)

def delegator():
    got = yield from echo()
    print("delegate got", got)
    yield "after"

d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send("stop"))
