# basicConfig: format, level, stream, datefmt, style, force, and its refusals.
import logging
import sys
import io

logging.basicConfig(format="%(levelname)-8s %(name)s: %(message)s", level=logging.INFO,
                    stream=sys.stdout)
logging.info("started %d workers", 3)
logging.debug("hidden")
logging.getLogger("svc").warning("careful: %r", "x")
logging.basicConfig(format="IGNORED %(message)s")
logging.error("second basicConfig ignored")
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(format="{levelname}/{name}/{message}", style="{", stream=sys.stdout,
                    force=True, level="DEBUG")
logging.debug("forced %s", "style {")
logging.basicConfig(format="$levelname $message", style="$", stream=sys.stdout, force=True)
logging.warning("dollar style")
buf = io.StringIO()
logging.basicConfig(stream=buf, force=True)
logging.warning("into buffer")
logging.critical("and %s", "more")
print(repr(buf.getvalue()))
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True,
                    format="H %(message)s")
logging.error("with handlers=")
for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [], "stream": sys.stdout},
               {"style": "%%"},
               {"bogus": 1, "zzz": 2},
               {"format": "no fields", "style": "{"},
               {"format": "no fields"}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError", e)
