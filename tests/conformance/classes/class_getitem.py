class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, getattr(item, '__name__', item))

class Sub(Box):
    pass

class WithClassmethod:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(Box[int], Sub[str], Box['x'], WithClassmethod[1, 2])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
