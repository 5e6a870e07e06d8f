people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
people.sort(key=lambda p: p[0], reverse=True)
print(people)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
nums = [-3, 2, -1, 4]
nums.sort(key=abs)
print(nums)
mixed = [2.5, 1, 3, 0.5]
mixed.sort()
print(mixed)
