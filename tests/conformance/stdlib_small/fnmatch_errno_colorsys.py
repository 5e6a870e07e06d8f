# fnmatch's shell patterns (and the regular expressions translate() makes), errno's names
# and colorsys's conversions.
import fnmatch
import errno
import colorsys

names = ["main.py", "test_main.py", "README.md", "setup.cfg", ".hidden", "data[1].csv", "a-b.txt", "X.PY"]
for pat in ["*.py", "test_*", "*.[pm][yd]", "?????.*", "[!.]*", "data[[]1].csv", "*-*", "[a-c]-b.txt", "*", "", "[z-a]*", "*.PY"]:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch("Main.py", "main.*"), fnmatch.fnmatchcase("Main.py", "main.*"), fnmatch.fnmatch("a\\b", "a\\b"))
print(fnmatch.translate("a*b*c*"), fnmatch.translate("[!]"), fnmatch.translate("[a-c-e]"), fnmatch.translate("[&~|]"))
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[11])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], errno.errorcode[errno.EDEADLOCK])
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "missing.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], e)
for rgb in [(1.0, 0.0, 0.0), (0.2, 0.4, 0.6), (0.5, 0.5, 0.5), (0.0, 0.0, 0.0), (0.9, 0.1, 0.5)]:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hls, hsv, yiq)
    print("  back", colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(5 / 6, 1, 1), colorsys.hls_to_rgb(0.999, 0.75, 0.5), colorsys.yiq_to_rgb(1, 1, 1))
