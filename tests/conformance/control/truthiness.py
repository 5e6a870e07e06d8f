values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), "truthy" if v else "falsy")
