counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
def set_new():
    global created
    created = "yes"
set_new()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def del_global():
    global created
    del created
del_global()
try:
    print(created)
except NameError as e:
    print("NameError:", e)
