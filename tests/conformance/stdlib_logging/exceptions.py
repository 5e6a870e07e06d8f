# logger.exception and exc_info: the traceback follows the message; stack_info.
import logging
import sys

log = logging.getLogger("exc")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
log.propagate = False


def parse(text):
    return int(text)


try:
    parse("x1")
except ValueError:
    log.exception("could not parse %r", "x1")
try:
    {}["k"]
except KeyError as e:
    log.error("lookup failed", exc_info=True)
    log.warning("as instance", exc_info=e)
    log.info("as tuple", exc_info=sys.exc_info())
log.error("no exception active", exc_info=True)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    log.exception("chained")


def inner():
    log.warning("with stack", stack_info=True)


def outer():
    inner()


outer()
log.critical("done")
