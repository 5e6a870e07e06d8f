def task(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise RuntimeError(f"task {n} failed") from e


errors = []
for n in (1, 0, 2):
    try:
        task(n)
    except RuntimeError as e:
        errors.append(e)
try:
    {}["missing"]
except KeyError:
    errors.append(LookupError("during handling"))
raise ExceptionGroup("tasks", errors)
