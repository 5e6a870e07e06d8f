def handlers():
    out = []
    for exc in [ValueError("bad value"), KeyError("k"), ZeroDivisionError("z")]:
        try:
            raise exc
        except Exception as e:
            msg = type(e).__name__ + ": " + str(e)
            out.append(lambda msg=msg: msg)
            out.append(lambda: msg)
    return [f() for f in out]
for line in handlers():
    print(line)
