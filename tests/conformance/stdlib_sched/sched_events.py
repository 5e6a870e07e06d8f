# sched over a pretend clock: the delays are recorded instead of slept.
import sched

class Clock:
    def __init__(self):
        self.now = 100.0
        self.slept = []
    def time(self):
        return self.now
    def sleep(self, delay):
        self.slept.append(delay)
        self.now += delay

clock = Clock()
plan = sched.scheduler(clock.time, clock.sleep)
log = []

def note(label, extra=None):
    log.append((clock.now, label, extra))

first = plan.enter(5, 1, note, ('five',))
plan.enter(2, 1, note, ('two', 'x'))
plan.enterabs(105, 0, note, ('five first',))
plan.enter(5, 1, note, ('five again',))
later = plan.enter(9, 1, note, kwargs={'label': 'nine', 'extra': 'kw'})
plan.enter(1, 3, plan.enter, (2, 0, note, ('added while running',)))
print([(e.time, e.priority, e.argument[:2]) for e in plan.queue])
print(plan.empty())
plan.cancel(later)
try:
    plan.cancel(later)
except ValueError as exc:
    print('cancel twice:', exc)
plan.run()
for entry in log:
    print(entry)
print(clock.slept)
print(plan.empty(), plan.queue)

# Without blocking: run what is due, return the wait until the next event.
plan.enter(3, 1, note, ('three',))
plan.enter(0, 1, note, ('now',))
print(plan.run(blocking=False), log[-1])
clock.now += 3
print(plan.run(blocking=False), log[-1])

event = sched.Event(1, 2, 3, print, (), {})
print(event, event.time, event.kwargs)
print(sched.Event(1, 1, 2, None, (), {}) < sched.Event(1, 2, 0, None, (), {}))
print(sched.Event(1, 1, 2, None, (), {}) == sched.Event(1, 1, 2, 'other', (9,), {}))
print(sched.__all__)
