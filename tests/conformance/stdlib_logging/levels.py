# Level names and numbers, custom levels, checks on setLevel and log().
import logging
import sys

for lv in (0, 10, 20, 30, 40, 50, 5, 25, 99):
    print(lv, logging.getLevelName(lv))
for name in ("DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL", "FATAL", "NOTSET"):
    print(name, logging.getLevelName(name))
print(logging.getLevelName("nope"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)

log = logging.getLogger("lv")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log.addHandler(h)
log.setLevel(15)
log.log(15, "verbose %s", "on")
log.log(12, "below")
log.log(45, "between")
log.debug("no")
log.critical("crit")
log.fatal("fatal")
for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
log.setLevel("WARNING")
print(log.level, log.getEffectiveLevel())
log.setLevel(logging.NOTSET)
print(log.level, log.getEffectiveLevel())
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
