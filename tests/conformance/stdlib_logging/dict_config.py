# logging.config.dictConfig: formatters, filters, handlers on ext:// streams,
# loggers with propagate, the root, disable_existing_loggers, and its errors.
import logging
import logging.config

old = logging.getLogger("old.module")
kept = logging.getLogger("app.child")
logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "curly": {"format": "{name} | {message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "INFO"},
        "curly": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "curly", "filters": ["only_app"]},
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["curly"], "propagate": True},
        "lib": {"handlers": ["null"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
})
logging.getLogger("app").debug("debug from app")
kept.info("info from app.child")
logging.getLogger("lib").error("swallowed")
old.error("old logger disabled")
logging.getLogger("other").warning("root handles this")
print(old.disabled, kept.disabled, logging.getLogger("app").level, logging.root.level)
print([h.name for h in logging.root.handlers], [type(h).__name__ for h in logging.getLogger("lib").handlers])
for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuch"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "formatters": {"f": {"format": "{bad", "style": "{"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e)
