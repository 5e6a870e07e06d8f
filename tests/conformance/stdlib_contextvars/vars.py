# contextvars: get/set/reset with tokens, defaults, copy_context and Context.run isolation, errors.
import contextvars

request = contextvars.ContextVar('request')
level = contextvars.ContextVar('level', default=0)
print(request.name, level.get(), request.get('fallback'))
try:
    request.get()
except LookupError:
    print('LookupError for an unset variable')

tok = request.set('r1')
print(request.get(), tok.var is request, tok.old_value is contextvars.Token.MISSING,
      repr(contextvars.Token.MISSING))
tok2 = request.set('r2')
print(request.get(), tok2.old_value)
request.reset(tok2)
print(request.get())
try:
    request.reset(tok2)
except RuntimeError:
    print('RuntimeError: token used twice')
try:
    level.reset(tok)
except ValueError:
    print('ValueError: token of another variable')

snapshot = contextvars.copy_context()
print(snapshot[request], request in snapshot, level in snapshot, len(snapshot))


def handler(n):
    level.set(n)
    request.set('inside %d' % n)
    return request.get(), level.get()


print(snapshot.run(handler, 7))
print(request.get(), level.get(), snapshot[request], snapshot.get(level))
print(sorted(v.name for v in snapshot), sorted(map(str, snapshot.values())))
other = contextvars.copy_context()
print(other == snapshot, other.run(level.get))


def nested():
    return snapshot.run(lambda: 1)


try:
    snapshot.run(nested)
except RuntimeError:
    print('RuntimeError: context already entered')

tok3 = level.set(3)
try:
    snapshot.run(level.reset, tok3)
except ValueError:
    print('ValueError: token from another context')
level.reset(tok3)
print(level.get())
try:
    snapshot['not a var']
except TypeError as e:
    print('TypeError:', e)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print('TypeError:', e)
