# No handler anywhere: the last resort writes WARNING+ to sys.stderr as the bare message;
# module-level functions configure the root first.
import logging
import sys

log = logging.getLogger("quiet")
log.info("not shown")
log.warning("a warning %d", 1)
log.error("an error")
print("root handlers:", len(logging.root.handlers))
logging.lastResort = None
log.warning("nothing, one notice")
log.warning("nothing again")
print(logging.root.manager.emittedNoHandlerWarning)
logging.lastResort = logging._defaultLastResort
log.addHandler(logging.NullHandler())
log.error("swallowed by NullHandler")
log.handlers.clear()
logging.warning("module-level %s", "configures root")
print("root handlers:", len(logging.root.handlers), repr(logging.root.handlers[0]))
log.error("now via root")
sys.stderr.write("end\n")
