# One code object run with many globals dicts (freed and made again, so a
# new dict may take an old one's address): each run reads its own.
code = compile("def f():\n    return v * 2\nresult = [f() for _ in range(3)]\n", "<gen>", "exec")
out = []
for i in range(50):
    d = {"v": i}
    exec(code, d)
    out.append(d["result"][-1])
    del d
print(out[:5], out[-3:], sum(out))

fs = []
for i in range(5):
    d = {"v": i}
    exec(code, d)
    fs.append(d["f"])
print([f() for f in fs])
fs[2].__globals__["v"] = 100
print([f() for f in fs])
