assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(str(e)))
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
def check(x):
    assert isinstance(x, int), "expected int, got " + type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e)
