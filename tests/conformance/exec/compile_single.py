try:
    compile("1 + 2\nx = 5", "<in>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
for src in ["1 + 2", "x = 5", "None", "for i in range(2): i\n", "'text'", "[n * n for n in range(3)]"]:
    exec(compile(src, "<in>", "single"))
print(_)
print(x)
