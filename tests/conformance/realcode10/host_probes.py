# Modules libraries import to probe their host: glob (configargparse, ruamel.yaml),
# select (invoke), os.uname (python-crontab), and pathlib's questions and globs
# (isort looks for its settings files at import). Asked about paths that do not
# exist, they answer as CPython does.
import glob
import os
import pathlib
import select

print(glob.escape("data[1]*?.txt"), glob.escape(b"a?b"), glob.has_magic("x[y"),
      glob.has_magic("plain"), glob.has_magic(b"*"))
for pattern in ("/no-such-dir-here/*", "/no-such-dir-here/x.py", "/no-such-dir-here/**/*.py",
                "/no-such-dir-here/", "/no-such-*/[ab]?/*.cfg"):
    print(pattern, glob.glob(pattern), glob.glob(pattern, recursive=True),
          list(glob.iglob(pattern)))
print(glob.glob("*.cfg", root_dir="/no-such-dir-here"), sorted(glob.__all__))

print(select.select([], [], [], 0), select.select([], [], [], 0.0))
for bad in ((["x"], [], [], 0), ([], [], [], -1), ([], [], [], "1"), (5, [], [], 0),
            ([-3], [], [], 0)):
    try:
        select.select(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.EPOLLIN, select.POLLHUP)
p = select.poll()
print(p.poll(0))
try:
    p.unregister(7)
except KeyError as e:
    print("KeyError", e)

u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, isinstance(u, tuple))
print(os.uname_result.n_fields, [f for f in dir(u) if not f.startswith("_") and
                                 f not in ("count", "index")])

nowhere = pathlib.Path("/no-such-dir-here/setup.cfg")
print(nowhere.exists(), nowhere.is_file(), nowhere.is_dir(), nowhere.parent.is_dir(),
      nowhere.is_symlink())
print(list(nowhere.parent.glob("*.toml")), list(nowhere.parent.rglob("*.cfg")))
try:
    nowhere.parent.glob("")
    list(nowhere.parent.glob(""))
except ValueError as e:
    print("ValueError", e)
