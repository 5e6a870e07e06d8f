# setLoggerClass, a LogRecord factory, captureWarnings.
import logging
import sys
import warnings


class MyLogger(logging.Logger):
    def trace(self, msg, *args):
        self.log(5, msg, *args)


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger)
lg = logging.getLogger("custom.one")
print(type(lg).__name__, type(logging.getLogger("custom")).__name__)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(h)
lg.setLevel(1)
lg.trace("trace %d", 5)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    r = old(*args, **kwargs)
    r.custom = "C"
    return r


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(custom)s %(message)s"))
lg.info("with factory")
logging.setLogRecordFactory(old)
logging.captureWarnings(True)
wl = logging.getLogger("py.warnings")
wh = logging.StreamHandler(sys.stdout)
wh.setFormatter(logging.Formatter("captured: %(message)r"))
wl.addHandler(wh)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print("end")
