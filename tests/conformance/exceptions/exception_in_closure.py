def make_validator(lo, hi):
    def validate(x):
        if not lo <= x <= hi:
            raise ValueError("value " + str(x) + " not in [" + str(lo) + ", " + str(hi) + "]")
        return x
    return validate
v = make_validator(1, 10)
for x in [5, 0, 11, 10]:
    try:
        print("ok", v(x))
    except ValueError as e:
        print("rejected:", e)
def retry(times):
    def deco(f):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return f(*a)
                except RuntimeError as e:
                    print("attempt", attempt, "failed:", e)
            return "gave up"
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise RuntimeError("not yet " + str(state["n"]))
    return "success after " + str(state["n"])
print(flaky(2))
state["n"] = 0
print(flaky(5))
