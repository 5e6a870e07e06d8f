def resource(name):
    print("open", name)
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        print("close", name)

r = resource("a")
print(next(r))
r.close()
print("after close")
r2 = resource("b")
print(list(r2))
r3 = resource("c")
r3.close()
print("never started closes silently")
