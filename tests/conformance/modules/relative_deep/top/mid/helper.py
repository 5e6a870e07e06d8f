def h():
    return 'helper'
