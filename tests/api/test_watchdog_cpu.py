"""test_watchdog_cpu.py: the slice watchdog counts the CPU time its worker used in the slice,
not the wall-clock time the slice lasted, so a slice that only waited for a CPU (here: the
whole daemon stopped with SIGSTOP for longer than the limit, as a loaded machine can keep a
worker off its CPU) is not interrupted, while one that computes past the limit still is.

The slice is one that cannot suspend: a generator's finally that the collector runs inside
a collection and that spins, watching the clock. The test waits until the daemon has used
some CPU time in it, stops the daemon for 3.5 s (past the --slice-timeout of 2 s) and
continues it; the spin sees the clock jump and spins on for half a second more (a watchdog
on wall-clock time interrupts it then), having used well under 2 s of CPU time in all, and
the workload finishes uninterrupted. The same finally spinning without end is interrupted
after 2 s of CPU time."""
import os
import signal
import time

from daemon import Daemon, binary_from_argv

SPIN = """import gc
import time
def g(seconds):
    try:
        yield 1
    finally:
        start = last = time.monotonic()
        jumped = None
        while True:
            now = time.monotonic()
            if jumped is None and now - last > 3.0:
                jumped = now
            last = now
            if jumped is not None and now - jumped > 0.5 or now - start > seconds:
                break
it = g({seconds})
next(it)
a = [it]
a.append(a)
del it, a
gc.collect()
print("done")
"""


def cpu_seconds(pid):
    """user + system CPU seconds of the whole process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def output(d, name):
    return [l["text"] for l in d.get_json(f"/api/v1/workloads/{name}/output")[2]["lines"]]


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workers", "1", "--slice-timeout", "2000") as d:
        base = cpu_seconds(d.pid())
        d.upload("waits", SPIN.format(seconds=120.0))
        # in the spin once the daemon has used 0.15 s of CPU since the upload (compiling
        # and starting the script take a few milliseconds)
        d.wait_for(lambda: cpu_seconds(d.pid()) - base >= 0.15, timeout=120,
                   interval=0.01, what="the spin to run")
        os.kill(d.pid(), signal.SIGSTOP)
        time.sleep(3.5)
        os.kill(d.pid(), signal.SIGCONT)
        d.wait_for(lambda: d.workload("waits")["state"] != "running", timeout=60,
                   what="waits to end")
        w = d.workload("waits")
        assert w["state"] == "finished", w
        assert output(d, "waits") == ["done"], output(d, "waits")
        assert not any("waits: a slice ran" in l for l in d.lines), d.lines[-10:]

        # computing past the limit is still interrupted: 2 s of CPU time, then the
        # collection reports the KeyboardInterrupt as unraisable and the script goes on
        d.upload("computes", SPIN.format(seconds=1e9))
        d.wait_for(lambda: any("computes: a slice ran" in l and "interrupted" in l
                               for l in d.lines), timeout=400, what="the watchdog's line")
        d.wait_for(lambda: d.workload("computes")["state"] == "finished", timeout=60,
                   what="computes to end")
        assert "done" in output(d, "computes"), output(d, "computes")
    print("ok")


if __name__ == "__main__":
    main()
