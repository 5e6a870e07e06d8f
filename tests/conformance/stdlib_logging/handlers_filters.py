# Handlers, filters, adapters, extra, stacklevel, disable.
import logging
import sys
import io

log = logging.getLogger("net.http")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(user)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
log.info("login", extra={"user": "ann"})
try:
    log.info("bad", extra={"message": "m"})
except KeyError as e:
    print("KeyError", e)
try:
    log.info("bad", extra={"name": "m"})
except KeyError as e:
    print("KeyError", e)
print(repr(buf.getvalue()))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s:%(funcName)s"))
log.handlers = [out]
out.addFilter(logging.Filter("net"))
log.info("passes net filter")
out.filters = []
out.addFilter(logging.Filter("net.ftp"))
log.info("blocked by net.ftp")
out.filters = []
out.addFilter(lambda r: "secret" not in r.getMessage())
log.info("public")
log.info("secret stuff")
out.filters = []


class OnlyOdd(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("item", "ITEM")
        return record.args[0] % 2 == 1


log.addFilter(OnlyOdd())
for i in range(4):
    log.debug("item %d", i)
log.filters = []
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x"):
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))
print(logging.Filter().filter(logging.makeLogRecord({"name": "q"})))


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


ad = Ctx(log, {"id": 7})
ad.info("adapted %s", "msg")
ad.warning("warn")
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())
plain = logging.LoggerAdapter(log, {"k": 1})
plain.error("plain adapter")


def helper():
    log.info("stacklevel 2", stacklevel=2)


def caller_fn():
    helper()


caller_fn()
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still")
logging.disable(logging.NOTSET)
log.warning("enabled")
log.disabled = True
log.error("logger disabled")
log.disabled = False
print(repr(out), repr(logging.NullHandler()), repr(logging.StreamHandler(buf)))
out.setLevel(logging.ERROR)
print(repr(out))
log.warning("below handler level")
old = out.setStream(sys.stderr)
print(old is sys.stdout)
log.error("to stderr now")
out.close()
logging.shutdown()
