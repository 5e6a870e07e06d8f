import helper
print(helper.double(21))
print(helper.__name__, helper.NAME)
print(helper)
print(helper.__file__)
print(__name__)
