NAME = 'helper'
def double(x):
    return x * 2
print('helper loading as', __name__)
