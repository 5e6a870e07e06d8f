# pyprobe.py: runs one benchmark program unchanged on CPython and reports what
# the harness needs from inside the process, as one JSON object in REPORT.
#   mem: tracemalloc's traced bytes once the program's top level has run
#        (its globals still alive), and the peak.
#   gc:  every collection's pause, timed with gc.callbacks ("start"/"stop"),
#        as [generation, pause_ns, collected].
# usage: python3 pyprobe.py mem|gc FILE.py REPORT.json
import gc
import json
import runpy
import sys
import time
import tracemalloc


def main():
    mode, path, report = sys.argv[1], sys.argv[2], sys.argv[3]
    out = {"mode": mode}
    if mode == "mem":
        tracemalloc.start()
        module_globals = runpy.run_path(path, run_name="__main__")
        out["heap_bytes"], out["heap_peak_bytes"] = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del module_globals
    elif mode == "gc":
        events = []
        started = [0]

        def on_collect(phase, info):
            now = time.perf_counter_ns()
            if phase == "start":
                started[0] = now
            else:
                events.append([info["generation"], now - started[0], info["collected"]])

        gc.callbacks.append(on_collect)
        module_globals = runpy.run_path(path, run_name="__main__")
        gc.callbacks.remove(on_collect)
        out["events"] = events
        del module_globals
    else:
        raise SystemExit("mode must be mem or gc")
    sys.stdout.flush()
    with open(report, "w") as f:
        json.dump(out, f)


main()
