"""logging.handlers for closured: the handlers that need no file, socket or
thread: BufferingHandler, MemoryHandler, QueueHandler and QueueListener.

A program has one thread, so QueueListener has no worker: start() only
marks it started and stop() hands every queued record to the handlers (in
CPython a thread does that as records arrive; stop() waits for it), so a
program that stops its listener before looking sees the same output. The
file handlers (WatchedFileHandler, RotatingFileHandler,
TimedRotatingFileHandler) raise FileHandler's PermissionError: the runtime
opens no file. The network handlers (SocketHandler, DatagramHandler,
SysLogHandler, SMTPHandler, HTTPHandler, NTEventLogHandler) are not provided."""

import copy
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514


class _Holding:
    """`with _Holding(handler):` runs its block between the handler's
    acquire() and release()."""

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc_info):
        self.handler.release()


class BaseRotatingHandler(logging.FileHandler):
    """Refused like FileHandler: no file can be opened."""

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)


class RotatingFileHandler(BaseRotatingHandler):
    """Refused like FileHandler: no file can be opened."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay, errors)


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Refused like FileHandler: no file can be opened."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay, errors)


class WatchedFileHandler(logging.FileHandler):
    """Refused like FileHandler: no file can be opened."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay, errors)


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer`; flush() (called when shouldFlush says so,
    by default at `capacity` records) empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Drops the buffered records (subclasses send them somewhere first)."""
        with _Holding(self):
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to `target` when the buffer is full or
    a record at `flushLevel` or above arrives (and on close when flushOnClose)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with _Holding(self):
            self.target = target

    def flush(self):
        """Hands the buffered records to the target and empties the buffer;
        without a target they stay."""
        with _Holding(self):
            target = self.target
            if not target:
                return
            for record in self.buffer:
                target.handle(record)
            self.buffer.clear()

    def close(self):
        # The buffer goes to the target first, unless flushOnClose is off;
        # the target is let go even when that fails.
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with _Holding(self):
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made picklable (prepare), on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record whose msg (and message) is its formatted text,
        without the args, exception and stack that text already holds."""
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = prepared.msg = text
        for spent in ('args', 'exc_info', 'exc_text', 'stack_info'):
            setattr(prepared, spent, None)
        return prepared

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and hands them to its handlers (all of them,
    or with respect_handler_level only those whose level the record reaches);
    see the module's note on threads."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = True

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        """Handles queued records up to the sentinel, marking each one done
        on a queue that counts its tasks."""
        task_done = getattr(self.queue, 'task_done', None)
        finished = False
        while not finished:
            record = self.dequeue(True)
            finished = record is self._sentinel
            if not finished:
                self.handle(record)
            if task_done is not None:
                task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._monitor()
            self._thread = None
