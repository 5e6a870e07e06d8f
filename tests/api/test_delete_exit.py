"""test_delete_exit.py: deleting a workload runs its exit work (atexit functions, then the
finalizers of what is still alive; test_delete_budget.py checks its budget); the workload and
its output are gone from the API at once, so what that work prints is written to the daemon's
log, one info line each ("workload NAME: output at removal: TEXT"), and nothing it printed
before the deletion is."""
import json

from daemon import Daemon, binary_from_argv

W = "/api/v1/workloads"

SOURCE = """import atexit
class Keep:
    def __del__(self):
        print('finalizer ran', end='')
keep = Keep()
def bye():
    print('atexit one')
    print('atexit two')
atexit.register(bye)
def tick():
    pass
print('top level done')
"""


# The deleted workloads define tick() and are running, but their tick is an hour apart: a
# deletion that finds a tick() call under way drops it with the runtime and runs no exit work
# (workload.c: exit_now), and a tick every 50 ms was due often enough at the deletion on a
# loaded machine (TSan build, load 30: one run in three) for the exit output to be missing.
# What is checked is the exit work of a workload deleted between ticks, once its top level
# has run (its last line prints).
TICK_MS = 3600 * 1000


def output_texts(d, name):
    status, _, body = d.get_json(f"{W}/{name}/output")
    assert status == 200, body
    return [l["text"] for l in body["lines"]]


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--log-format", "json", "--workers", "1") as d:
        d.upload("leaving", SOURCE, tick_ms=TICK_MS)
        d.wait_for(lambda: output_texts(d, "leaving"), what="the top level's output")
        assert output_texts(d, "leaving") == ["top level done"]
        assert d.workload("leaving")["state"] == "running"
        assert d.delete(f"{W}/leaving")[0] == 204
        assert d.get_json(f"{W}/leaving")[0] == 404

        def removal_lines():
            out = []
            for line in list(d.lines):
                e = json.loads(line)
                if e.get("workload") == "leaving" and "output at removal" in e["message"]:
                    out.append(e)
            return out

        d.wait_for(lambda: len(removal_lines()) == 3, what="the exit work's output in the log")
        got = removal_lines()
        assert all(e["level"] == "info" for e in got), got
        texts = [e["message"].split("output at removal: ", 1)[1] for e in got]
        # atexit functions run before the finalizers; the unfinished last line is a line
        assert texts == ["atexit one", "atexit two", "finalizer ran"], texts
        # a workload whose exit work already ran (its program finished) logs no such line:
        # with one worker, its close is reported before the next deletion's
        d.upload("quiet", "import atexit\natexit.register(print, 'ran at the finish')\n")
        d.wait_for(lambda: d.workload("quiet")["state"] == "finished", what="quiet done")
        d.upload("marker", "import atexit\natexit.register(print, 'marker')\n"
                 "def tick():\n    pass\nprint('ready')\n", tick_ms=TICK_MS)
        d.wait_for(lambda: output_texts(d, "marker") == ["ready"], what="the marker's top level")
        assert d.workload("marker")["state"] == "running"
        assert d.delete(f"{W}/quiet")[0] == 204
        assert d.delete(f"{W}/marker")[0] == 204
        d.wait_for(lambda: any(json.loads(l).get("workload") == "marker" and
                               "output at removal: marker" in l for l in list(d.lines)),
                   what="the marker's exit output")
        assert not [l for l in list(d.lines)
                    if json.loads(l).get("workload") == "quiet" and "output at removal" in l], d.lines
    print("ok")


if __name__ == "__main__":
    main()
