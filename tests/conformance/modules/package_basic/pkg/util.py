def helper():
    return 'pkg.util.helper'
