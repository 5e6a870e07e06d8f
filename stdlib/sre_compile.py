"""sre_compile for closured: the deprecated name kept for code that imports
it. compile() is re.compile (closured's native matcher) and isstring tells
str and bytes from other values; the sre_constants names are here too. There
is no sre byte code, so dis() raises NotImplementedError."""

import re as _re
import warnings as _warnings
import _sre_names

_warnings.warn('module %r is deprecated' % __name__, DeprecationWarning, stacklevel=2)
globals().update(_sre_names.exported())

MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    if not isstring(p):
        raise NotImplementedError('sre_compile.compile: closured takes a pattern string, '
                                  'not a parsed sre tree')
    return _re.compile(p, flags)


def dis(code):
    raise NotImplementedError('sre_compile.dis: closured\'s re has no sre byte code')
