x = "global"
def reads_then_assigns():
    print(x)
    x = "local"
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def aug():
    x += "!"
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def is_name_error():
    try:
        z
        z = 1
    except NameError as e:
        return type(e).__name__, isinstance(e, NameError)
print(is_name_error())
def deleted():
    w = 1
    del w
    return w
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
