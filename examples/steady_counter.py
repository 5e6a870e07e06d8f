# A well-behaved workload for contrast: closures hold small state (a nonlocal
# counter and a running average) and nothing accumulates over time.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_average():
    total = 0.0
    n = 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n

    return add


counter = make_counter()
average = make_average()


def tick():
    value = counter()
    mean = average(value % 10)
    if value % 100 == 0:
        print(f"tick {value}: running mean {mean:.3f}")


tick()
