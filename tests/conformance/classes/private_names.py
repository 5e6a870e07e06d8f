class Account:
    def __init__(self):
        self._protected = 1
        self.__private = 2

    def get(self):
        return self.__private

    def set(self, v):
        self.__private = v


a = Account()
print(a.get(), a._protected, sorted(vars(a)))
a.set(5)
print(a.get(), a._Account__private)
try:
    a.__private
except AttributeError as e:
    print(e)
