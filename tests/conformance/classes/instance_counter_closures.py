def counted(cls):
    count = 0
    orig_init = cls.__init__

    def __init__(self, *args, **kwargs):
        nonlocal count
        count += 1
        self.serial = count
        orig_init(self, *args, **kwargs)

    def instances(cls_):
        return count

    cls.__init__ = __init__
    cls.instances = classmethod(instances)
    return cls


@counted
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print([(w.name, w.serial) for w in ws], Widget.instances(), ws[0].instances())
print(Widget.__init__.__closure__ is not None, Widget.__init__.__code__.co_freevars)
