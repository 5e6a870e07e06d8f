# The file-based logging handlers, codecs.open and configparser.read reach no file: the
# runtime opens none, so the handlers and codecs.open refuse with PermissionError, and
# read() skips every name as CPython skips a file it cannot open.
import codecs
import configparser
import logging.handlers

for make in [lambda: logging.handlers.RotatingFileHandler('app.log', maxBytes=10),
             lambda: logging.handlers.TimedRotatingFileHandler('app.log', when='d'),
             lambda: logging.handlers.WatchedFileHandler('app.log')]:
    try:
        make()
    except PermissionError as e:
        print(e)
try:
    codecs.open('notes.txt', 'w', 'utf-8')
except PermissionError as e:
    print(e)
cp = configparser.ConfigParser()
print(cp.read(['setup.cfg', 'tox.ini']), cp.read('one.ini'), cp.sections())
codecs.open('/etc/passwd')
