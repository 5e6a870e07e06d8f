from top.mid.leaf import run
print(run())
