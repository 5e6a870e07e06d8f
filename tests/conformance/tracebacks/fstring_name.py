print(f"{undefined!r:>10}")
