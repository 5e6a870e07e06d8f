# A builtin method taken from its class binds with __get__, as a method
# descriptor does (class decorators keep object.__setattr__ aside and bind
# it to each instance to set attributes past a frozen __setattr__).
_set = object.__setattr__


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError('frozen')

    def __init__(self, x):
        bound = _set.__get__(self)
        bound('x', x)


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print('AttributeError', e)
append = list.append.__get__([1])
append(2)
print(append.__self__, append.__name__)
print(str.upper.__get__('abc')(), str.upper.__get__(None, str)('x'))
print(dict.get.__get__({'k': 1})('k'), len(str.split.__get__('a b c')()))
try:
    str.upper.__get__(5)
except TypeError as e:
    print('TypeError', e)
