"""test_analysis_steps.py: a heap analysis of a large workload runs in steps between the
worker's rounds of slices, so it never holds the worker for its whole length. On --workers 1, a
workload with 60k closures (about 200k objects) whose heap changes every tick and a ticker
(every 10 ms, printing each gap between its ticks longer than 50 ms) share the worker; three
closures listings ranked by retained bytes (max_age=0: a new analysis each time) are answered
with a current analysis of the whole heap, and meanwhile the ticker's longest gap stays well
under the analysis's own length (the build of one graph; ratio asserted, never an absolute
time) and its tick rate does not collapse."""
import time

from daemon import Daemon, binary_from_argv

CLOSURES = 60000
BIG = f"""
def make(i):
    data = [i]
    def f():
        return data
    return f
keep = [make(i) for i in range({CLOSURES})]
junk = []
def tick():
    junk.append(len(junk))
"""
TICKER = """
import time
last = 0.0
def tick():
    global last
    now = time.monotonic()
    if last and now - last > 0.05:
        print("gap", now - last)
    last = now
"""
LISTING = "/api/v1/workloads/big/closures?sort=retained_bytes&max_age=0&limit=3"


def gaps(d, t0, t1):
    """The ticker's gaps (seconds) printed between wall-clock times t0 and t1."""
    status, _, body = d.get_json("/api/v1/workloads/ticker/output")
    assert status == 200, body
    return [float(l["text"].split()[1]) for l in body["lines"]
            if l["text"].startswith("gap") and t0 <= l["time"] <= t1]


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workers", "1") as d:
        d.upload("big", BIG, tick_ms=200, heap_limit_bytes=512 << 20)
        d.wait_for(lambda: d.workload("big")["ticks_total"] > 0, timeout=120, what="big built")
        d.upload("ticker", TICKER, tick_ms=10)
        d.wait_for(lambda: d.workload("ticker")["ticks_total"] > 50, timeout=30,
                   what="ticker ticks")
        w0 = d.workload("ticker")
        time.sleep(2.0)
        w1 = d.workload("ticker")
        before = (w1["ticks_total"] - w0["ticks_total"]) / (w1["published"] - w0["published"])

        t0 = time.time()
        builds = []
        for _ in range(3):
            status, _, body = d.get_json(LISTING)
            assert status == 200, body
            assert body["total"] == CLOSURES, body["total"]
            assert len(body["closures"]) == 3, body
            a = body["heap_analysis"]
            # the answer describes the heap as it is: big did not run while its graph was built
            assert a["current"] is True, a
            assert a["age_seconds"] < 1.0, a
            builds.append(a["build_seconds"])
            time.sleep(0.4)  # big ticks: the next listing needs a new analysis
        t1 = time.time()
        w2 = d.workload("ticker")
        during = (w2["ticks_total"] - w1["ticks_total"]) / (w2["published"] - w1["published"])

        build = min(builds)
        worst = max(gaps(d, t0, t1 + 0.5), default=0.0)
        print(f"builds {builds} s, ticker's longest gap {worst:.3f} s, "
              f"ticks/s {before:.1f} before, {during:.1f} during")
        assert build > 0.1, builds  # long enough for the ratio to mean something
        assert worst < 0.5 * build, (worst, builds)
        assert during > 0.25 * before, (during, before)
        assert d.workload("big")["state"] == "running"
    print("ok")


if __name__ == "__main__":
    main()
