_handlers = []
def on(h):
    _handlers.append(h)
    return h
def fire(x):
    for h in _handlers:
        h(x)
