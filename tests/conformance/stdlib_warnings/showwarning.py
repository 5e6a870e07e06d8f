# Replacing warnings.showwarning, warn_explicit and WarningMessage.
import warnings

seen = []


def collect(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


warnings.showwarning = collect
warnings.warn("first")
warnings.warn("second", RuntimeWarning)
print(seen)
warnings.warn_explicit("explicit", UserWarning, "module.py", 42)
print(seen[-1])
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(m))
with warnings.catch_warnings(record=True) as log:
    warnings.warn("recorded")
print(len(log), seen[-1][0])
warnings.warn("after")
print(seen[-1][0], len(seen))
