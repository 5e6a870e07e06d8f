def check(values):
    errors = [ValueError(f"bad value {v}") for v in values if v < 0]
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad values", errors)


check([1, 2, 3])
check([-v for v in range(20)] + [5])
