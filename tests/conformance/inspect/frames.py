# inspect.currentframe(), inspect.stack(), getframeinfo and getouterframes.
import inspect


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


def caller_of_where():
    return where()


print(caller_of_where())


def report():
    records = inspect.stack()
    for rec in records:
        print(rec.function, rec.lineno, rec.code_context, rec.index, rec[3] == rec.function)
    print(len(records[0]), records[0].filename == __file__)


def level_two():
    report()


level_two()


def info():
    fi = inspect.getframeinfo(inspect.currentframe().f_back)
    print(fi[1], fi[2], fi[3])
    outer = inspect.getouterframes(inspect.currentframe())
    print([r.function for r in outer])


info()
print(inspect.stack(0)[0].code_context)
