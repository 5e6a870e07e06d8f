# A workload can never touch the host: the modules that reach files, the
# network, processes or the environment do not exist in closured.
for name in ("os", "io", "socket", "subprocess", "pathlib", "shutil", "ctypes",
             "signal", "threading", "multiprocessing", "posix", "_io", "builtins_open"):
    try:
        exec("import " + name)
        print(name, "imported")
    except ModuleNotFoundError as e:
        print(e)
try:
    open
except NameError as e:
    print(e)
import os.path
