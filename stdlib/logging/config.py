"""logging.config: dictConfig, the dictionary form of logging configuration.

dictConfig({"version": 1, "formatters": {...}, "filters": {...},
"handlers": {...}, "loggers": {...}, "root": {...}}) builds the named
formatters, filters and handlers (a handler's "class" is a dotted name such
as "logging.StreamHandler", its "stream" may be "ext://sys.stdout"; other
keys are passed to the class) and attaches them. disable_existing_loggers
(default True) disables the loggers that existed before and are not named.
"()" factories, "incremental" and fileConfig/listen are not provided; a
FileHandler refuses as in the logging module.
"""

import logging
import sys

__all__ = ["dictConfig"]


def _resolve(name):
    """The object a dotted name or "ext://module.attr" names."""
    if name.startswith("ext://"):
        name = name[6:]
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _convert(value):
    if isinstance(value, str) and value.startswith("ext://"):
        return _resolve(value)
    return value


def dictConfig(config):
    """Configures logging from a dictionary (see the module's text)."""
    config = dict(config)
    if "version" not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config["version"] != 1:
        raise ValueError("Unsupported version: %s" % config["version"])
    if config.get("incremental", False):
        raise ValueError("incremental configuration is not supported by closured")
    formatters = {}
    for name, spec in config.get("formatters", {}).items():
        try:
            spec = dict(spec)
            cls = spec.get("class")
            cls = _resolve(cls) if cls else logging.Formatter
            kwargs = {}
            if "defaults" in spec:
                kwargs["defaults"] = spec["defaults"]
            formatters[name] = cls(spec.get("format"), spec.get("datefmt"),
                                   spec.get("style", "%"), spec.get("validate", True), **kwargs)
        except Exception as e:
            raise ValueError("Unable to configure formatter %r" % name) from e
    filters = {}
    for name, spec in config.get("filters", {}).items():
        try:
            filters[name] = logging.Filter(spec.get("name", ""))
        except Exception as e:
            raise ValueError("Unable to configure filter %r" % name) from e
    handlers = {}
    for name in sorted(config.get("handlers", {})):
        spec = dict(config["handlers"][name])
        try:
            cls = _resolve(spec.pop("class"))
            level = spec.pop("level", None)
            formatter = spec.pop("formatter", None)
            hfilters = spec.pop("filters", [])
            kwargs = {k: _convert(v) for k, v in spec.items()}
            handler = cls(**kwargs)
            handler.name = name
            if formatter:
                handler.setFormatter(formatters[formatter])
            if level is not None:
                handler.setLevel(logging._checkLevel(level))
            for f in hfilters:
                handler.addFilter(filters[f])
            handlers[name] = handler
        except Exception as e:
            raise ValueError("Unable to configure handler %r" % name) from e
    root = logging.getLogger()
    existing = list(root.manager.loggerDict.keys())
    named = config.get("loggers", {})
    for name, spec in named.items():
        try:
            logger = logging.getLogger(name)
            _configure_logger(logger, spec, handlers, filters)
            logger.propagate = spec.get("propagate", True)
            logger.disabled = False
        except Exception as e:
            raise ValueError("Unable to configure logger %r" % name) from e
    if config.get("disable_existing_loggers", True):
        for name in existing:
            logger = root.manager.loggerDict[name]
            if not isinstance(logger, logging.Logger):
                continue
            if name in named or any(name.startswith(n + ".") for n in named):
                continue
            logger.disabled = True
    if "root" in config:
        try:
            _configure_logger(root, config["root"], handlers, filters)
        except Exception as e:
            raise ValueError("Unable to configure root logger") from e


def _configure_logger(logger, spec, handlers, filters):
    level = spec.get("level")
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in spec.get("handlers", []):
        logger.addHandler(handlers[name])
    for name in spec.get("filters", []):
        logger.addFilter(filters[name])
