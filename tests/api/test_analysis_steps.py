"""test_analysis_steps.py: a heap analysis of a large workload runs in steps between the
worker's rounds of slices, so it never holds the worker for its whole length.

On --workers 1, a workload with 200k closures (a few objects each) whose heap changes every
tick and a ticker (every 10 ms, printing each gap between its ticks longer than 50 ms) share
the worker. Three closures listings ranked by retained bytes (max_age=0: a new analysis each
time) are answered with a current analysis of the whole heap built in many steps, and while
each is in flight the ticker keeps ticking: at least once per twenty steps of the builds (a
step lasts 2 ms at least, the ticker is due every 10 ms; built in one piece it would not tick
at all), and its longest gap stays well under the length of one build. Only ratios and counts are asserted, never an
absolute time: on a loaded machine the build, the gaps and the ticks all stretch together."""
import http.client
import json
import threading
import time

from daemon import Daemon, binary_from_argv

CLOSURES = 200000
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


def get_slow(d, path):
    """GET with a generous timeout (a Debug build of a large graph on a loaded machine). A 503
    with Retry-After (the request waited more than 5 s behind the dashboard's own analysis of
    the same heap, in steps too) is retried as the API tells clients to."""
    for _ in range(20):
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=300)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            status, body = r.status, json.loads(r.read())
            retry = r.getheader("Retry-After")
        finally:
            conn.close()
        if status != 503 or not retry:
            return status, body
        time.sleep(float(retry))
    return status, body


def in_flight(d, path):
    """GET path: (status, body, the ticker's ticks while it was in flight, its seconds)."""
    a0 = d.workload("ticker")["ticks_total"]
    s0 = time.time()
    status, body = get_slow(d, path)
    s1 = time.time()
    a1 = d.workload("ticker")["ticks_total"]
    return status, body, a1 - a0, s1 - s0


def gaps(d, t0, t1):
    """The ticker's gaps (seconds) printed between wall-clock times t0 and t1."""
    status, _, body = d.get_json("/api/v1/workloads/ticker/output")
    assert status == 200, body
    return [float(l["text"].split()[1]) for l in body["lines"]
            if l["text"].startswith("gap") and t0 <= l["time"] <= t1]


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workers", "1") as d:
        d.upload("big", BIG, tick_ms=200, heap_limit_bytes=1 << 30)
        d.wait_for(lambda: d.workload("big")["ticks_total"] > 0, timeout=240, what="big built")
        d.upload("ticker", TICKER, tick_ms=10)
        d.wait_for(lambda: d.workload("ticker")["ticks_total"] > 50, timeout=60,
                   what="ticker ticks")
        w0 = d.workload("ticker")
        t_w0 = time.time()
        time.sleep(2.0)
        w1 = d.workload("ticker")
        before = (w1["ticks_total"] - w0["ticks_total"]) / (time.time() - t_w0)

        t0 = time.time()
        builds, steps = [], []
        ticks_in_flight, seconds_in_flight = 0, 0.0
        for _ in range(3):
            status, body, ticks, seconds = in_flight(d, LISTING)
            assert status == 200, body
            assert body["total"] == CLOSURES, body["total"]
            assert len(body["closures"]) == 3, body
            a = body["heap_analysis"]
            # the answer describes the heap as it is: big did not run while its graph was built
            assert a["current"] is True, a
            builds.append(a["build_seconds"])
            steps.append(a["build_steps"])
            ticks_in_flight += ticks
            seconds_in_flight += seconds
            time.sleep(0.4)  # big ticks: the next listing needs a new analysis
        t1 = time.time()

        # A query for another workload of the worker does not wait for the analysis: asked
        # while a listing of big is in flight, the ticker's output is answered before it.
        time.sleep(0.4)
        ended = {}

        def listing():
            status, body = get_slow(d, LISTING)
            ended["listing"] = (time.monotonic(), status, body["heap_analysis"])
        th = threading.Thread(target=listing)
        th.start()
        time.sleep(0.3)
        status, _, _ = d.get_json("/api/v1/workloads/ticker/output")
        ended["output"] = time.monotonic()
        assert status == 200
        th.join()
        assert ended["listing"][1] == 200, ended
        assert ended["listing"][2]["build_steps"] >= 10, ended
        assert ended["output"] < ended["listing"][0], ended

        build = min(builds)
        during = ticks_in_flight / seconds_in_flight
        worst = max(gaps(d, t0, t1 + 0.5), default=0.0)
        print(f"builds {builds} s in {steps} steps, ticker's longest gap {worst:.3f} s, "
              f"ticks/s {before:.1f} before, {during:.1f} while listings were in flight "
              f"({ticks_in_flight} ticks in {seconds_in_flight:.2f} s)")
        # built in steps: many of them, each about one slice
        assert min(steps) >= 10, steps
        # the ticker ran between the steps: built in one piece it would not tick at all
        # meanwhile. Counted against the steps, not against its rate before the listings (an
        # idle worker's: on a loaded machine a worker that sleeps between ticks gets a CPU at
        # once, a busy one waits its turn, and that ratio was the machine's). A step lasts
        # 2 ms at least (its deadline) and the ticker is due every 10 ms: a tick per five
        # steps or more.
        assert ticks_in_flight >= sum(steps) / 20, (ticks_in_flight, steps)
        # and it never waited for a whole build (in one piece: a gap at least the build)
        assert worst < 0.5 * build, (worst, builds)
        assert d.workload("big")["state"] == "running"

        # The .heapsnapshot export and the dominator tree (each on a new analysis: big
        # ticked since) build, then write or rank, in steps too.
        time.sleep(0.4)
        h0 = time.time()
        status, snap, ticks, seconds = in_flight(d, "/api/v1/workloads/big/heap.heapsnapshot")
        h1 = time.time()
        assert status == 200, snap
        assert snap["snapshot"]["node_count"] > 3 * CLOSURES, snap["snapshot"]
        assert len(snap["nodes"]) == 6 * snap["snapshot"]["node_count"]
        del snap
        time.sleep(0.4)
        status, tree, ticks2, seconds2 = in_flight(d, "/api/v1/workloads/big/dominators")
        assert status == 200, tree
        assert tree["nodes"] > 1 and tree["total_bytes"] > 0, tree
        rate = (ticks + ticks2) / (seconds + seconds2)
        worst = max(gaps(d, h0, h1), default=0.0)
        print(f"heapsnapshot {seconds:.2f} s (ticker's longest gap {worst:.3f} s), "
              f"dominators {seconds2:.2f} s: ticks/s {rate:.1f} while in flight")
        # its rate beside the listings' steps is the one to compare with (a busy worker's)
        assert rate > 0.25 * during, (rate, during, before)
        # written in one piece, the text alone held the worker for about half the request
        assert worst < 0.2 * seconds, (worst, seconds)
    print("ok")


if __name__ == "__main__":
    main()
