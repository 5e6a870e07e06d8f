# A traceback's frames keep the locals their function had when the
# exception left it; the frame that caught it shows its locals now, and a
# module frame shows the module's namespace.
import sys


def parse_record(text):
    fields = text.split(",")
    count = len(fields)
    return int(fields[count])  # IndexError


def load(lines):
    loaded = []
    for number, line in enumerate(lines):
        loaded.append(parse_record(line))
    return loaded


def handler():
    attempt = "first"
    try:
        load(["1,2", "3"])
    except IndexError as e:
        attempt = "second"
        frames = []
        tb = e.__traceback__
        while tb is not None:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
        for f in frames:
            names = {k: v for k, v in f.f_locals.items() if k not in ("e", "frames", "tb", "f")}
            print(f.f_code.co_name, f.f_lineno, names)
        return frames


frames = handler()
print("after the handler returned:", frames[0].f_locals["attempt"], len(frames[0].f_locals))

try:
    load(["x"])
except ValueError:
    info = sys.exc_info()
    inner = info[2].tb_next.tb_next.tb_frame
    print(inner.f_code.co_name, sorted(inner.f_locals), inner.f_locals["text"])
    print(info[2].tb_frame.f_locals is globals())


def reraised():
    token = object()
    try:
        raise KeyError("k")
    except KeyError:
        marker = "in handler"
        raise


try:
    reraised()
except KeyError as e:
    f = e.__traceback__.tb_next.tb_frame
    print(sorted(f.f_locals), f.f_locals["marker"])
