rows = [("alice", 31, 1520.5), ("bob", 4, 3.25), ("carol", 102, 1000000.0)]
print(f"{'name':<8}|{'n':>5}|{'amount':>14}")
print("-" * 29)
for name, n, amt in rows:
    print(f"{name:<8}|{n:>5}|{amt:>14,.2f}")
total = sum(r[2] for r in rows)
print(f"{'total':<8}|{len(rows):>5}|{total:>14,.2f}")
for i in range(1, 4):
    print(f"{i}: {'#' * i:<4}|")
