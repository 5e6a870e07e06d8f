from .. import NAME as TOPNAME
