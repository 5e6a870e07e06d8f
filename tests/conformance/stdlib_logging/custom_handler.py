# A Handler subclass collecting records, a Logger subclass, and errors inside emit.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname)s-%(message)s"))
log = logging.getLogger("coll")
log.addHandler(lh)
log.setLevel(logging.INFO)
log.info("one")
log.warning("two %s", 2)
log.debug("skipped")
print(lh.records)
lh.name = "mine"
print(lh.name, lh.get_name())


class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError("emit failed")


log.addHandler(Broken())
try:
    log.error("emit raises straight through Handler.handle")
except RuntimeError as e:
    print("RuntimeError", e)
print(lh.records[-1])


class Careful(logging.StreamHandler):
    def format(self, record):
        raise ValueError("cannot format")

    def handleError(self, record):
        print("handleError", sys.exc_info()[1], record.getMessage())


log.handlers = [Careful(sys.stdout)]
log.error("careful %s", "handler")
logging.raiseExceptions = False
plain = logging.StreamHandler(sys.stdout)
plain.setFormatter(logging.Formatter("%(nosuch)s"))
log.handlers = [plain]
log.error("quietly dropped")
print("end")
