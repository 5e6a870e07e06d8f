def read_all():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            return lines
print(read_all())
print(input("no more> "))
