# OSError's errno, strerror, filename and filename2, and its "[Errno N] ..." text, for the
# shapes of arguments CPython gives them to (two to five), in the whole OSError family.
for args in [(), ("message",), (2, "No such file"), (2, "No such file", "a.txt"),
             (13, "Denied", "a", None, "b"), (1, 2, 3, 4, 5, 6), (None, "x"), (2, "x", None)]:
    e = OSError(*args)
    print(repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError(2, "No such file or directory", "/tmp/x")
print(e, type(e).__name__, e.errno, isinstance(e, OSError), IOError is OSError)
try:
    raise PermissionError(13, "Permission denied", "secret")
except OSError as err:
    print(err, err.strerror, err.filename)


class ConfigMissing(OSError):
    pass


print(ConfigMissing(5, "input/output error"), repr(ValueError(1, 2)), KeyError("k"), TimeoutError("slow"))
raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
