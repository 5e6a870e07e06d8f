# logging cannot write files: the runtime opens none (in the daemon and under
# `closured run` alike), so FileHandler and basicConfig(filename=...) refuse
# with PermissionError and say what to do instead; nothing is created.
import logging
import sys

try:
    logging.FileHandler("app.log")
except PermissionError as e:
    print(e)
try:
    logging.basicConfig(filename="app.log", level=logging.INFO)
except PermissionError as e:
    print(e)
print(logging.root.handlers, logging.root.level)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
logging.warning("streams still work")
logging.FileHandler("/etc/passwd", mode="w")
