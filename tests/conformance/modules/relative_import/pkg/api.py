from . import core
from .core import base
from .sub.leaf import leaf_value
def run():
    return core.name(), base, leaf_value
