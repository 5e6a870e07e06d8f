# A walrus inside a closure makes the captured variable visible after the loop
def make_counter():
    count = 0

    def step(values):
        nonlocal count
        return [count := count + v for v in values]

    return step, lambda: count


step, current = make_counter()
print(step([1, 2]), step([10]), current())


def matcher(patterns):
    def match(text):
        if any((hit := p) in text for p in patterns):
            return hit
        return None

    return match


m = matcher(["cat", "dog"])
print(m("hotdog"), m("bird"))
