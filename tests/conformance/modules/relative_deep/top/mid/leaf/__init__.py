from ... import NAME
from .. import TOPNAME
from ..helper import h
from .sibling import s
def run():
    return NAME, TOPNAME, h(), s, __name__, __package__
