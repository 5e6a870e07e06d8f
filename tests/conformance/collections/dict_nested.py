inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"kale": 2},
}
inventory["fruit"]["apple"] += 1
inventory.setdefault("grain", {})["rice"] = 5
print(inventory)
for cat, items in inventory.items():
    total = sum(items.values())
    print(cat, total, sorted(items))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts.values()))
