def f(*args, **kw):
    return args[3]
f(*[1, 2], **{"a": 1})
