# A coroutine freed before it ran warns (RuntimeWarning) where it was freed;
# one that ran does not; the warnings filters apply to the warning.
import warnings


async def fetch(n):
    return n * 2


def make_and_drop():
    c = fetch(1)
    print("made", type(c).__name__)


make_and_drop()
fetch(2)
print("between")

c = fetch(3)
try:
    c.send(None)
except StopIteration as e:
    print("ran to", e.value)
del c

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fetch(4)
print(len(caught), caught[0].category.__name__, str(caught[0].message))

warnings.simplefilter("ignore", RuntimeWarning)
fetch(5)
print("ignored")
warnings.resetwarnings()
leftover = fetch(6)
print("end")
