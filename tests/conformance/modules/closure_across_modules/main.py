from events import on, fire
log = []
def make(tag):
    def handler(x):
        log.append((tag, x))
    return handler
on(make('a'))
on(make('b'))
fire(1)
fire(2)
print(log)
