def load():
    import lazy
    return lazy.value
print('start')
print(load())
print(load())
