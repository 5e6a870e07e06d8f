# pathlib's pure operations: code builds, splits and compares paths without
# touching the file system (a config loader, a build tool's target names).
from pathlib import PurePath, PurePosixPath, Path
import os

p = PurePosixPath("/srv/app/static/css/site.min.css")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, p.parent.parent.name, [str(x) for x in p.parents])
print(p.anchor, p.root, repr(p.drive), p.is_absolute())
print(p.with_name("app.js"), p.with_suffix(".map"), p.with_suffix(""), p.with_stem("x"))
print(p.relative_to("/srv/app"), p.is_relative_to("/srv"), p.is_relative_to("/etc"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
q = PurePath("docs") / "guide" / "intro.md"
print(type(q).__name__, q, q.parts, "root" / PurePosixPath("a"), q.joinpath("x", "/abs", "y"))
print(PurePosixPath("a//b/./c/"), PurePosixPath(""), PurePosixPath("//net/x").parts,
      PurePosixPath("///x").parts, PurePosixPath("a/../b"))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("arch.tar.gz").suffixes,
      PurePosixPath("dots.").suffix, PurePosixPath("x.tar.gz").stem)
print(q.match("*.md"), q.match("guide/*.md"), q.match("/docs/*/*.md"), p.match("/srv/*/*/*/*.css"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"),
      sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]),
      hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")))
print(os.fspath(q), str(q), bytes(PurePosixPath("/tmp")), PurePosixPath("/tmp/a b").as_uri())
print({PurePosixPath("k"): 1}[PurePosixPath("k")], isinstance(q, os.PathLike))
for bad in (lambda: p.with_name(""), lambda: p.with_suffix("css"),
            lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath(3),
            lambda: PurePosixPath("rel").as_uri()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = Path("/base") / "conf" / "app.toml"
print(type(r).__name__, r, r.parent, r.absolute(), Path("/a/b/../c").resolve())
print(Path("rel").absolute() == Path(os.getcwd()) / "rel", Path.cwd() == Path(os.getcwd()))
