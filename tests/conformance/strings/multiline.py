text = """first line
second line
    indented
last"""
lines = text.split("\n")
print(len(lines))
for i, line in enumerate(lines):
    print(i, repr(line))
print(text.count("line"))
print("\n".join(l.strip() for l in lines))
