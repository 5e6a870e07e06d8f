COUNT = 0


def hello(name):
    global COUNT
    COUNT += 1
    return 'hello ' + name
