# pkgutil.get_data reads the source files of the standard library's packages (a package's
# own modules, its __init__.py, a subpackage's); anything else there is FileNotFoundError,
# an unknown package None.
import pkgutil

init = pkgutil.get_data("json", "__init__.py")
print(type(init).__name__, b"def dumps(" in init, b"def loads(" in init)
decoder = pkgutil.get_data("json", "decoder.py")
print(b"class JSONDecoder" in decoder)
text = pkgutil.get_data("email", "mime/text.py")
print(b"class MIMEText" in text)
sub = pkgutil.get_data("email", "mime/__init__.py")
print(type(sub).__name__)
print(pkgutil.get_data("nonexistent_pkg_x", "a.py"))
for resource in ("nofile.txt", "nomodule.py", "tool/"):
    try:
        pkgutil.get_data("json", resource)
    except OSError as e:
        print(resource, type(e).__name__, e.errno, e.strerror)
