"""test_delete_budget.py: a deleted workload's exit work runs to its end within its budget
(host/workload.h: D_WORKLOAD_EXIT_*), not cut short by the stop request of the deletion, and
a runaway one is cut off there: its worker goes on with the other workloads and the daemon
logs a warning. What the exit work printed is logged as "output at removal" lines."""
import json

from daemon import Daemon, binary_from_argv

W = "/api/v1/workloads"
# No tick is due at the deletion (it is an hour away): a tick in progress is dropped with the
# runtime and runs no exit work (test_delete_exit.py says why the tests avoid that).
TICK_MS = 3600 * 1000

# About 100,000 instructions of exit work: many times the 4,096 after which the stop request
# of the deletion interrupted it.
LONG = """import atexit
def bye():
    total = 0
    for i in range(25000):
        total += i * i
    print('long exit done', total)
atexit.register(bye)
def tick():
    pass
print('ready')
"""

# atexit runs the last registered first: spin never returns, so 'after the spin' never prints.
RUNAWAY = """import atexit
atexit.register(print, 'after the spin')
def spin():
    print('spinning')
    while True:
        pass
atexit.register(spin)
def tick():
    pass
print('ready')
"""


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--log-format", "json", "--workers", "1") as d:
        def events(name):
            return [json.loads(l) for l in list(d.lines) if json.loads(l).get("workload") == name]

        def removal_texts(name):
            return [e["message"].split("output at removal: ", 1)[1] for e in events(name)
                    if "output at removal: " in e["message"]]

        def ready(name):
            status, _, body = d.get_json(f"{W}/{name}/output")
            return status == 200 and [l["text"] for l in body["lines"]] == ["ready"]

        d.upload("long", LONG, tick_ms=TICK_MS)
        d.wait_for(lambda: ready("long"), what="long's top level")
        assert d.delete(f"{W}/long")[0] == 204
        d.wait_for(lambda: removal_texts("long"), what="long's exit output")
        assert removal_texts("long") == ["long exit done %d" % sum(i * i for i in range(25000))], \
            events("long")
        assert not [e for e in events("long") if "cut off" in e["message"]], events("long")

        d.upload("runaway", RUNAWAY, tick_ms=TICK_MS)
        d.wait_for(lambda: ready("runaway"), what="runaway's top level")
        assert d.delete(f"{W}/runaway")[0] == 204
        cut = d.wait_for(lambda: [e for e in events("runaway") if "cut off" in e["message"]],
                         what="the warning that runaway's exit work was cut off")
        assert cut[0]["level"] == "warn", cut
        assert removal_texts("runaway") == ["spinning"], events("runaway")

        # the worker (the only one) goes on: a new workload runs, the daemon answers
        d.upload("after", "print('still here')\n")
        d.wait_for(lambda: d.workload("after")["state"] == "finished", what="the next workload")
        status, _, body = d.get_json(f"{W}/after/output")
        assert [l["text"] for l in body["lines"]] == ["still here"], body
        assert d.get_json("/healthz")[0] == 200
    print("ok")


if __name__ == "__main__":
    main()
