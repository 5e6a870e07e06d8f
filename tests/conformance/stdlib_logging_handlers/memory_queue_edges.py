# logging.handlers edges: MemoryHandler without a target keeps its records until setTarget,
# subclassed shouldFlush and prepare, a queue without task_done, task counting on
# queue.Queue, and a failing enqueue reported by handleError.
import logging
import logging.handlers
import queue
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('edges')
log.setLevel(logging.DEBUG)
log.propagate = False

mem = logging.handlers.MemoryHandler(2, target=None)
log.addHandler(mem)
log.info('kept 1')
log.info('kept 2')
log.error('kept 3')
print('no target:', [r.getMessage() for r in mem.buffer])
mem.setTarget(out)
mem.flush()
print('after setTarget:', mem.buffer)
log.removeHandler(mem)
mem.close()
print('target after close:', mem.target)

class EveryOther(logging.handlers.BufferingHandler):
    def shouldFlush(self, record):
        return len(self.buffer) % 2 == 0
    def flush(self):
        if self.buffer:
            print('flushing', [r.getMessage() for r in self.buffer])
        logging.handlers.BufferingHandler.flush(self)
every = EveryOther(100)
log.addHandler(every)
for n in range(5):
    log.debug('m%d', n)
log.removeHandler(every)
every.close()

class Tagged(logging.handlers.QueueHandler):
    def prepare(self, record):
        record = logging.handlers.QueueHandler.prepare(self, record)
        record.msg = '[tagged] ' + record.msg
        return record
sq = queue.SimpleQueue()
tagged = Tagged(sq)
tagged.setFormatter(logging.Formatter('%(name)s|%(message)s'))
log.addHandler(tagged)
log.warning('hello %s', 'queue')
log.removeHandler(tagged)
rec = sq.get_nowait()
print(rec.msg, rec.message, rec.args, rec.levelname)
sq.put_nowait(rec)

class Shout(logging.handlers.QueueListener):
    def prepare(self, record):
        record.msg = record.msg.upper()
        return record
listener = Shout(sq, out)
listener.start()
listener.stop()
print('simple queue empty:', sq.empty())

q = queue.Queue()
h = logging.handlers.QueueHandler(q)
log.addHandler(h)
log.info('counted')
log.removeHandler(h)
lst = logging.handlers.QueueListener(q, out)
lst.start()
lst.stop()
print('unfinished tasks:', q.unfinished_tasks)

class Full:
    def put_nowait(self, item):
        raise RuntimeError('queue is full')
broken = logging.handlers.QueueHandler(Full())
old_raise = logging.raiseExceptions
logging.raiseExceptions = False
log.addHandler(broken)
log.info('dropped quietly')
log.removeHandler(broken)
logging.raiseExceptions = old_raise
print('done')
