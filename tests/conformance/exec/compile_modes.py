c = compile("3 * 7", "<calc>", "eval")
print(type(c).__name__, c.co_filename, eval(c))
s = compile("for i in range(2):\n    print('i is', i)\n", "<loop>", "exec")
exec(s)
print(eval(compile("[1, 2][0]", "f", "eval")))
try:
    compile("x = 1", "f", "eval")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("1", "f", "nope")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print("TypeError:", e)
