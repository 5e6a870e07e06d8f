log = []


class Tracker:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        log.append("in " + self.tag)
        return self

    def __exit__(self, *exc):
        log.append("out " + self.tag + (" err" if exc[0] else ""))


def early(n):
    with Tracker("r"):
        if n:
            return "early"
    return "late"


print(early(1), early(0))
for i in range(3):
    with Tracker(str(i)):
        if i == 1:
            break
while True:
    with Tracker("w"), Tracker("w2"):
        break
try:
    with Tracker("x"):
        with Tracker("y"):
            raise KeyError("k")
except KeyError:
    log.append("handled")
print(log)
