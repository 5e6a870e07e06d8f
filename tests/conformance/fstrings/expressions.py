items = ["apple", "banana", "cherry"]
d = {"k": 5, "j": [1, 2]}
print(f"{len(items)} items, first={items[0]}, last={items[-1]}")
print(f"{d['k'] * 2} {d['j'][1]}")
print(f"{', '.join(items)}")
print(f"{sum(x * x for x in range(4))}")
print(f"{(lambda v: v + 1)(41)}")
print(f"{items[1][::-1]}")
print(f"{'yes' if 'apple' in items else 'no'}")
print(f"{3 > 2 and 'both'}")
print(f"{[i * i for i in range(5)]}")
print(f"{min(3, 1, 2)}-{max(3, 1, 2)}")
