# warnings: the default once-per-place display, filters, errors, catch_warnings.
import io
import warnings
from contextlib import redirect_stderr


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def risky(x):
    warnings.warn("risky value %d" % x)
    return x


err = io.StringIO()
with redirect_stderr(err):
    for i in range(3):
        risky(i)
    risky(0)
    old_api()
    warnings.warn("plain")
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("as instance"))
    warnings.warn("category", FutureWarning)
print(err.getvalue(), end="")
print("---")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(7)
    risky(7)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith("filters.py"), type(caught[0].message).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(5)
    except UserWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    risky(6)
    print("ignored")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="risky value 1")
    warnings.filterwarnings("error", category=FutureWarning)
    risky(1)
    risky(11)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("future raised", e)
    warnings.filterwarnings("ignore", message=".*noisy")
    warnings.warn("this is noisy")
    warnings.warn("NOISY? no", UserWarning)
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    for _ in range(2):
        risky(9)
print([str(w.message) for w in log])
try:
    warnings.warn("x", "notaclass")
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError", e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line()"), end="")
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1].__name__)
print(warnings.filters[:2] == [] or len(warnings.filters) >= 5)
