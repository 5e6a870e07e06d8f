from ..core import base
from .. import core
leaf_value = base + 1, core.base
