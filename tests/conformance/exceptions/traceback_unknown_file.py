# A traceback entry for code compiled under the name of a file the program
# never loaded shows no source line (its globals have no __loader__ to ask);
# entries of the running script show theirs.
import traceback

x = 1
y = 2
try:
    exec(compile("a = 1\n1/0\n", "nope.py", "exec"), {})
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, '<file>'))
ns = {}
try:
    exec(compile("def f():\n    return g()\n", "gone/mod.py", "exec"), ns)
    ns['f']()
except NameError:
    print(traceback.format_exc().replace(__file__, '<file>'))
exec(compile("a = 1\n1/0\n", "nope.py", "exec"))
