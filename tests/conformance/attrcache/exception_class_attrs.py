# Attributes and methods of exception subclasses patched after warm use.
class AppError(Exception):
    code = 1

    def describe(self):
        return "%s(%d): %s" % (type(self).__name__, self.code, self.args[0])


class NotFound(AppError):
    code = 404


errs = []
for i in range(30):
    try:
        raise (NotFound if i % 2 else AppError)("item %d" % i)
    except AppError as e:
        errs.append(e.describe())
print(errs[:2])
AppError.code = 500
AppError.describe = lambda self: "patched " + str(self.code)
try:
    raise NotFound("x")
except AppError as e:
    print(e.describe())
del NotFound.code
print(NotFound("y").describe())
