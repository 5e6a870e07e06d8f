from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name, log):
    log.append('open ' + name)
    yield name
    log.append('close ' + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)

log2 = []
with ExitStack() as stack:
    stack.enter_context(resource('x', log2))
    later = stack.pop_all()
print(log2)
later.close()
print(log2)

def suppressor(*exc):
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError('hidden')
print('suppressed by push')
