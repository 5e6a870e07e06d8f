"""sre_constants for closured: the deprecated name kept for code that still
imports it. closured's re is a native matcher with no sre byte code, so this
module gives the names such code reads (MAGIC, MAXREPEAT, MAXGROUPS, error,
the opcode, at-code and category constants as named ints, the SRE_FLAG_ and
SRE_INFO_ values and the tables that map them); nothing here compiles a
pattern. Importing it warns, as CPython 3.11 does."""

import warnings as _warnings
import _sre_names

_warnings.warn('module %r is deprecated' % __name__, DeprecationWarning, stacklevel=2)
globals().update(_sre_names.exported())
