# os.path's string operations, str and bytes.
import os
import os.path
import posixpath

cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "./a",
         "../a/./b/../c", "/../x", "//x/../y", "a.tar.gz", ".bashrc", "a/.hidden", "..",
         "dir.d/file", "a/b.", "/x/y/..", "...", "a/..b"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"),
      os.path.join("", "x"), os.path.join("x", ""), os.path.join("/"))
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.path.splitext(b"f.py"),
      os.path.normpath(b"a/./b/.."), os.path.basename(b"q/r"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/x", "/usr/lib/y"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.splitdrive("/x/y"), os.path.normcase("A/b"), os.path.sep, os.path.curdir,
      os.path.pardir, os.path.extsep, os.path.pathsep, os.path.altsep, os.path.devnull)
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep)
print(os.path is posixpath, os.path.__name__)
for bad in (lambda: os.path.join(1), lambda: os.path.join("a", b"b"), lambda: os.path.basename(None),
            lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]),
            lambda: os.path.relpath("")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "/p/q.txt"


print(os.fspath(P()), os.path.splitext(P()), os.path.join(P(), "r"), isinstance(P(), os.PathLike),
      isinstance("x", os.PathLike), os.fspath(b"b"), os.fsencode("x"), os.fsdecode(b"y"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
