exec(compile("a = 1; b = 2; a + b", "<s>", "single"))
try:
    compile("a = 1\nb = 2\n", "<s>", "single")
except SyntaxError as e:
    print(e)
try:
    compile("if 1:\n  pass\nx = 1\n", "<s>", "single")
except SyntaxError as e:
    print(e)
