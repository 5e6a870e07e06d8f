def load(src):
    exec(src)

print("before")
load("value = (1,\n   2 +)")
