# A workload can never touch the host: the modules that reach files, the
# network or processes do not exist in closured, or exist without their host
# parts (signal exists, but refuses to install handlers: signal_refused.py;
# threading exists, but its start() refuses: tests/conformance/realcode4/threading_single.py;
# pathlib's Path computes paths and refuses to reach the file system (its questions
# answer False, its globs and glob's find nothing); subprocess,
# shutil and tempfile import, and refuse to start a process or touch a file); io is
# in-memory only (its wrappers, BufferedReader and TextIOWrapper, wrap streams the
# program builds); os has the path operations, no function that runs a process, and its
# file calls (open, stat, listdir, ...) raise PermissionError, so os.path's questions
# (exists, isfile, ...) answer False for every path, as CPython's do for one it cannot stat.
for name in ("ctypes", "multiprocessing", "posix", "builtins_open"):
    try:
        exec("import " + name)
        print(name, "imported")
    except ModuleNotFoundError as e:
        print(e)
import io
import os
print([n for n in ("open", "FileIO", "open_code") if hasattr(io, n)])
print([n for n in ("open", "listdir", "remove", "system", "popen", "chdir", "getpid", "kill",
                   "scandir", "walk", "stat", "putenv", "execv", "fork")
       if hasattr(os, n)])
print([n for n in ("exists", "isfile", "isdir", "getsize", "realpath") if hasattr(os.path, n)])
for call in (lambda: os.open("/etc/passwd", os.O_RDONLY), lambda: os.stat("/etc/passwd"),
             lambda: os.listdir("/"), lambda: os.remove("/tmp/x"), lambda: os.chdir("/"),
             lambda: os.path.getsize("/etc/passwd")):
    try:
        call()
    except PermissionError as e:
        print(e)
print(os.path.exists("/etc/passwd"), os.path.isdir("/"), os.access("/", os.R_OK),
      list(os.walk("/")))
import threading
try:
    threading.Thread(target=print).start()
except RuntimeError as e:
    print(e)
import pathlib
# Path's questions answer False as os.path's do, and its globs find nothing
print(pathlib.Path("/etc/passwd").exists(), pathlib.Path("/").is_dir(),
      list(pathlib.Path("/").glob("*")), list(pathlib.Path("/etc").rglob("*.conf")))
import glob
print(glob.glob("/etc/*"), glob.glob("/etc/passwd"), glob.glob("**", recursive=True))
for name in ("read_text", "iterdir", "open", "mkdir"):
    try:
        getattr(pathlib.Path("/etc/passwd"), name)()
    except PermissionError as e:
        print(e)
import shutil
import subprocess
import tempfile
for act in (lambda: subprocess.run(["ls", "/"]), lambda: subprocess.Popen("ls"),
            lambda: subprocess.check_output(["id"]), lambda: shutil.copy("/etc/passwd", "/tmp/x"),
            lambda: shutil.rmtree("/tmp"), lambda: shutil.disk_usage("/"),
            lambda: tempfile.mkstemp(), lambda: tempfile.NamedTemporaryFile()):
    try:
        act()
        print("ran")
    except PermissionError as e:
        print(e)
print(shutil.which("sh"))
try:
    open
except NameError as e:
    print(e)
import os.nothing
