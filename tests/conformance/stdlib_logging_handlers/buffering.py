# logging.handlers: MemoryHandler, BufferingHandler, QueueHandler with QueueListener.
import logging
import logging.handlers
import queue
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))

log = logging.getLogger('mem')
log.setLevel(logging.DEBUG)
log.propagate = False
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
log.addHandler(mem)
log.debug('one')
log.info('two')
print('buffered:', len(mem.buffer))
log.info('three')
print('after capacity:', len(mem.buffer))
log.warning('four')
log.error('five %d', 5)
print('after error:', len(mem.buffer))
log.info('six')
mem.close()
print('closed:', mem.target, len(mem.buffer))
log.removeHandler(mem)

quiet = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(quiet)
log.info('lost at close')
quiet.close()
log.removeHandler(quiet)

buf = logging.handlers.BufferingHandler(2)
log.addHandler(buf)
log.info('a')
print([r.getMessage() for r in buf.buffer], buf.shouldFlush(buf.buffer[0]))
log.info('b')
print(buf.buffer)
log.removeHandler(buf)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger('q')
qlog.propagate = False
qlog.setLevel(logging.DEBUG)
qlog.addHandler(qh)
qlog.info('queued %s', 'msg')
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception('with exc')
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)

warn_only = logging.StreamHandler(sys.stdout)
warn_only.setLevel(logging.WARNING)
warn_only.setFormatter(logging.Formatter('only warnings: %(message)s'))
listener = logging.handlers.QueueListener(q, out, warn_only, respect_handler_level=True)
listener.start()
qlog.info('info through listener')
qlog.warning('warning through listener')
listener.stop()
print('queue empty:', q.empty())
plain = logging.handlers.QueueListener(q, warn_only)
plain.start()
qlog.debug('debug reaches a handler set to WARNING')
plain.stop()

print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
