s = "hello world"
print("hello" in s)
print("world" in s)
print("xyz" in s)
print("" in s)
print("o w" in s)
print("lo" not in s)
for ch in "abc":
    print(ch, end=" ")
print()
print(list("hey"))
print(tuple("hi"))
print(sorted("banana"))
count = 0
for ch in s:
    if ch in "aeiou":
        count += 1
print(count)
