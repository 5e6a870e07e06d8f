__all__ = ['sub', 'helper']
def helper():
    return 'helper'
