def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(7)])

def parser():
    tokens = []
    while True:
        ch = yield
        if ch == ";":
            print("statement:", "".join(tokens))
            tokens = []
        else:
            tokens.append(ch)

p = parser()
next(p)
for ch in "ab;cde;f":
    p.send(ch)
