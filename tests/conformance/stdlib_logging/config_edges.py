import io
import logging
import warnings

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15),
      logging.getLevelName("WARN"), logging.NOTSET, logging.FATAL, logging.WARN)
for kwargs in ({"stream": io.StringIO(), "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": io.StringIO()},
               {"style": "!"}, {"stream": io.StringIO(), "bogus": 1, "other": 2}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as exc:
        print("ValueError:", exc)
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s",
                    force=True)
logging.basicConfig(stream=io.StringIO(), level=logging.DEBUG)  # ignored: configured already
log = logging.getLogger("app.part")
log.debug("hidden")
log.info("shown %s", 1)
log.info("mapping %(a)s", {"a": "A"})
try:
    log.info("x", extra={"message": 1})
except KeyError as exc:
    print("KeyError:", exc)
try:
    log.info("x", extra={"name": 1})
except KeyError as exc:
    print("KeyError:", exc)
log.info("extra %s", "ok", extra={"custom": 5})
print(log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.isEnabledFor(10))
child = logging.getLogger("app.part.leaf")
child.propagate = False
child.warning("not propagated, no handlers: last resort")
adapter = logging.LoggerAdapter(log, {"k": "v"})
print(repr(adapter), adapter.name, adapter.manager is logging.Logger.manager)
adapter.warning("through adapter")
logging.captureWarnings(True)
warnings.warn("careful")
logging.captureWarnings(False)
fmt = logging.Formatter("%(message)s")
try:
    raise ValueError("bad")
except ValueError:
    record = log.makeRecord("n", logging.ERROR, "f.py", 3, "failed %d", (7,), None)
    print(fmt.format(record))
record = logging.LogRecord("n", 20, None, 1, "msg", None, None)
print(record.filename, record.module, record.levelname)
bf = logging.BufferingFormatter(fmt)
print(repr(bf.format([])), repr(bf.format([record, record])))
print(out.getvalue(), end="")
