log = []
def v(x):
    log.append(x)
    return x
r = v(1) < v(2) < v(3) < v(0) < v(9)
print(r, log)
log.clear()
r = v(3) == v(3) != v(4)
print(r, log)
log.clear()
r = v(0) or v(0) or v(5) or v(6)
print(r, log)
log.clear()
r = v(1) and v(2) and v(0) and v(7)
print(r, log)
log.clear()
r = v(5) if v(False) else v(6)
print(r, log)
