import types

def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
    ns['x'] = 1

Made = types.new_class('Made', (), None, body)
print(Made().greet(), Made.x, Made.__name__)
Sub = types.new_class('Sub', (Made,))
print(Sub().greet(), issubclass(Sub, Made))
