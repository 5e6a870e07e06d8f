# Compile-time SyntaxWarnings from compile() and exec go through the warnings filters:
# recorded, turned into a SyntaxError by "error", silenced by "ignore".
import warnings
src = "x = 3\nok = x is 3\n"
exec(compile(src, "<snippet>", "exec"))
print("compiled with a warning")
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    compile("y = (1, 2)[1, 2]\nz = 5[0]\nw = [1]['a']\nv = {1}[0]\nu = 'abc'[1.5]\n", "<record>", "exec")
for w in got:
    print(w.category.__name__, w.lineno, w.message)
warnings.simplefilter("error", SyntaxWarning)
try:
    compile("if x is 'a':\n    pass\n", "<err>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
warnings.simplefilter("ignore", SyntaxWarning)
compile("assert (1, 'm')\n", "<ign>", "exec")
print("ignored")
print(1 is not None, "a" is not None)
