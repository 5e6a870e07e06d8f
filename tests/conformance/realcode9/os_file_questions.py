# Modules that only name the file calls import (wcmatch combines os.O_* flags and checks
# os.supports_dir_fd at import; pathspec annotates with os.stat_result), and a program
# asking whether a file is there gets False for a path it cannot stat (arrow's dateutil
# and polib probe paths so): a missing path here, any path in closured.
import os
import os.path
import genericpath

missing = '/no/such/dir/for/this/case/file.txt'
print(os.path.exists(missing), os.path.isfile(missing), os.path.isdir(missing),
      os.path.islink(missing), os.path.lexists(missing), os.path.ismount(missing))
print(genericpath.exists(missing), genericpath.isfile(missing), os.access(missing, os.R_OK))
for query in (os.path.getsize, os.path.getmtime, os.stat, os.lstat, os.listdir, os.scandir):
    try:
        query(missing)
    except OSError as e:
        print(query.__name__, 'OSError', isinstance(e, OSError))
seen = []
print(list(os.walk(missing)), list(os.walk(missing, onerror=seen.append)),
      [isinstance(e, OSError) for e in seen])
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT | os.O_EXCL | os.O_TRUNC, os.O_DIRECTORY,
      os.O_APPEND, os.O_NONBLOCK, os.O_CLOEXEC, os.F_OK, os.R_OK | os.W_OK | os.X_OK)
print(type(os.supports_dir_fd).__name__, type(os.supports_fd).__name__,
      type(os.supports_follow_symlinks).__name__)
st = os.stat_result((0o100644, 1, 2, 3, 4, 5, 6, 7, 8, 9))
print(st)
print(st.st_mode, st.st_size, st.st_atime, st.st_mtime, st.st_ctime, st.st_atime_ns, st[6], len(st))
full = os.stat_result(range(13))
print(full.st_atime, full[7], full.st_mtime, full.n_fields, full.n_sequence_fields,
      full.n_unnamed_fields)
for bad in (range(9), range(20)):
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    st.st_size = 1
except AttributeError as e:
    print('AttributeError')
print(len(os.urandom(16)), os.urandom(0), type(os.urandom(3)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
