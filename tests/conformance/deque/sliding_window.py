# closures over deques: a moving average and a history keeper
from collections import deque


def moving_average(width):
    window = deque(maxlen=width)
    total = 0

    def push(x):
        nonlocal total
        if len(window) == width:
            total -= window[0]
        window.append(x)
        total += x
        return total / len(window)

    return push


avg = moving_average(4)
print([avg(x) for x in (4, 8, 15, 16, 23, 42)])


def history(limit):
    past = deque(maxlen=limit)

    def record(event):
        past.appendleft(event)
        return list(past)

    return record


rec = history(3)
for e in "abcde":
    print(rec(e))
