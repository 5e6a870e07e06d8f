# OSError(errno, strerror[, filename]) makes the subclass for errno, and its
# str() reads "[Errno N] strerror: 'filename'".
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR,
             errno.ENOTDIR, errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET,
             errno.ETIMEDOUT, errno.EINTR, errno.ESRCH, errno.ECHILD, errno.EINVAL):
    e = OSError(code, "message")
    print(code, type(e).__name__, isinstance(e, OSError), e.errno, e.strerror, e.filename)

e = OSError(errno.ENOENT, "No such file or directory", "data.txt")
print(type(e).__name__, str(e), repr(e), e.filename)
print(str(OSError(1, "two", "a", None, "b")))
print(type(OSError("just a message")).__name__, OSError("just a message").errno)
print(type(OSError(2)).__name__, str(OSError(2)))
print(type(OSError("2", "not an int")).__name__)
print(type(IOError(2, "x")).__name__, type(EnvironmentError(13, "x")).__name__)
print(type(FileExistsError(2, "x")).__name__)


class AppError(OSError):
    pass


print(type(AppError(2, "x")).__name__)
try:
    raise OSError(errno.ENOENT, "gone", "f")
except FileNotFoundError as e:
    print("caught FileNotFoundError:", e)
