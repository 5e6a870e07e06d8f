class Delegator:
    def __init__(self):
        self.delegate = None

    def operation(self):
        if hasattr(self.delegate, "thing") and callable(self.delegate.thing):
            return self.delegate.thing()
        return "default implementation"


class Delegate:
    def thing(self):
        return "delegate implementation"


class NotCallable:
    thing = "just a string"


a = Delegator()
print(a.operation())
a.delegate = "A delegate may be any object"
print(a.operation())
a.delegate = NotCallable()
print(a.operation())
a.delegate = Delegate()
print(a.operation())
