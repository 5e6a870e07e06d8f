VALUE = 'helper'
