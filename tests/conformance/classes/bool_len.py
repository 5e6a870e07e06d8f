class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Truthy:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Empty()), bool(Full()), bool(Truthy()), len(Truthy()), not Empty())
if Full():
    print("full is true")
print(len([x for x in [Empty(), Full(), Truthy()] if x]))


class BadLen:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


for obj in (BadLen(), BadBool()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(e)
