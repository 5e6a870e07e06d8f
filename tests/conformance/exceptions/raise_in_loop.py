def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError as e:
            bad.append(str(e))
            continue
        finally:
            pass
    return good, bad
g, b = parse_all(["1", "x", "3", "", "4.5", "-7"])
print(g)
for msg in b:
    print(msg)
total = 0
for d in [1, 0, 2, 0, 4]:
    try:
        total += 12 // d
    except ZeroDivisionError:
        total += 1000
print(total)
