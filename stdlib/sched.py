"""sched for closured: an event scheduler over a clock and a delay function
the caller chooses (time.monotonic and time.sleep by default). Events run in
order of time, then priority, then the order they were entered."""

import heapq as _heapq
import itertools as _itertools
import threading as _threading
import time as _time
from collections import namedtuple as _namedtuple

__all__ = ['scheduler']

_sentinel = object()


# A plain named tuple: the sequence number is unique, so comparing two events never
# reaches their actions.
Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = __name__


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self._queue = []
        self._lock = _threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = _itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action at an absolute time; returns the event, for cancel()."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._counter), action, argument, kwargs)
            _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes a pending event; ValueError when it is not in the queue."""
        with self._lock:
            self._queue.remove(event)
            _heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as they fall due. Without blocking, runs those already due
        and returns the delay until the next one (None when none is left)."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                now = self.timefunc()
                head = self._queue[0]
                due = head.time <= now
                if due:
                    _heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, soonest first."""
        with self._lock:
            return sorted(self._queue)
