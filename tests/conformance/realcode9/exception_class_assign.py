# An exception may change its class to another class defined in Python over the same
# builtin exception (h11 turns the error it raised locally into the one it reports as the
# peer's); builtin classes and other layouts are refused as CPython refuses them.
class ProtocolError(Exception):
    def __init__(self, msg, status=400):
        super().__init__(msg)
        self.status = status


class LocalError(ProtocolError):
    def relabel(self):
        self.__class__ = RemoteError


class RemoteError(ProtocolError):
    pass


class Other(KeyError):
    pass


try:
    try:
        raise LocalError('bad header', 431)
    except LocalError as e:
        e.relabel()
        raise
except RemoteError as e:
    print(type(e).__name__, e, e.status, e.args, isinstance(e, LocalError), repr(e))

e = LocalError('x')
for target in (ValueError, Other, int, 3):
    try:
        e.__class__ = target
    except TypeError as err:
        print('TypeError', err)
print(type(e).__name__)
v = ValueError('plain')
try:
    v.__class__ = RemoteError
except TypeError as err:
    print('TypeError', err)
