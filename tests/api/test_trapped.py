"""test_trapped.py: workloads trapped in Python code that C calls back (a sorted() key, a map()
function, a min() key, a __lt__ and a gc callback that never return), loops written in C that
run no Python code at all (sum over a huge range, `in` over itertools.count(), max over a zip of
endless iterators) and a plain `while True:` share ONE worker
with tickers and never hold it: each nested run ends its slice at the budget like the main loop,
so the tickers keep the rate they have beside as many plain loops (whose slices end in the main
loop: both rates are of a worker busy with slices, so they meet the same machine however
loaded), the trapped workloads keep running (the watchdog never fires for them), heap queries on
that worker answer, /healthz and /metrics answer at once, DELETE removes a trapped workload, and
SIGTERM stops the daemon within 2 s. The watchdog remains the backstop for code that cannot
suspend (a generator's finally run by the collector, inside the collection): it interrupts that
run after --slice-timeout of CPU time, also when that code makes the runtime collect or calls
gc.collect() in its loop (a finally run when the generator's last reference goes), and with the
watchdog far away a heap query on that worker answers 503 problem+json with Retry-After."""
import http.client
import time

from daemon import Daemon, binary_from_argv

SORTED = "def f(x):\n    while True:\n        pass\nsorted([3, 1, 2], key=f)\n"
MAPPED = "def g(x):\n    while True:\n        x += 1\nlist(map(g, [1, 2]))\n"
MINKEY = "def k(x):\n    while True:\n        x += 1\nmin([1, 2], key=k)\n"
LESS = "class K:\n    def __lt__(self, o):\n        while True:\n            pass\nsorted([K(), K()])\n"
SPIN = "while True:\n    pass\n"
GC_TRAP = ("import gc\ndef cb(phase, info):\n    while True:\n        pass\n"
           "gc.callbacks.append(cb)\ngc.collect()\n")
FIN_TRAP = ("import gc\ndef g():\n    try:\n        yield 1\n    finally:\n        while True:\n"
            "            pass\nit = g()\nnext(it)\na = [it]\na.append(a)\ndel it, a\ngc.collect()\n")
DEALLOC_GC = ("import gc\ndef g():\n    try:\n        yield 1\n    finally:\n        while True:\n"
              "            gc.collect()\nit = g()\nnext(it)\ndel it\n")
DEALLOC_ALLOC = ("def g():\n    try:\n        yield 1\n    finally:\n        while True:\n"
                 "            x = [[] for i in range(100)]\nit = g()\nnext(it)\ndel it\n")
SUMMED = "print(sum(range(10 ** 18)))\n"
COUNTED = "import itertools\nprint(5 in itertools.count(10))\n"
ZIPPED = "import itertools\nprint(max(zip(itertools.count(), itertools.repeat(1))))\n"
TICKER = "n = 0\ndef tick():\n    global n\n    n += 1\n"
TRAPS = (("sorted_trap", SORTED), ("map_trap", MAPPED), ("min_trap", MINKEY),
         ("lt_trap", LESS), ("gc_trap", GC_TRAP), ("spin", SPIN), ("sum_trap", SUMMED),
         ("count_trap", COUNTED), ("zip_trap", ZIPPED))


def timed_get(port, path, limit):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    took = time.perf_counter() - t0
    conn.close()
    assert r.status == 200, (path, r.status, body[:200])
    assert took < limit, f"{path} took {took * 1000:.0f} ms while workloads are trapped"
    return body


def ticks(d, names):
    return {n: d.workload(n)["ticks_total"] for n in names}


def tick_rate(d, names, seconds):
    """Ticks per second of the slowest of names over `seconds`."""
    before = ticks(d, names)
    t0 = time.monotonic()
    time.sleep(seconds)
    after = ticks(d, names)
    took = time.monotonic() - t0
    return min((after[n] - before[n]) / took for n in names)


def ticks_per_second(d, names, enough=60, shortest=2.0, longest=12.0):
    """Ticks per second of names together, over `shortest` seconds and until there are
    `enough` of them (`longest` seconds at most): on a loaded machine a busy worker's tickers
    tick a few times a second, and a rate from a handful of ticks would be mostly chance."""
    before = sum(ticks(d, names).values())
    t0 = time.monotonic()
    while True:
        time.sleep(0.25)
        n = sum(ticks(d, names).values()) - before
        took = time.monotonic() - t0
        if (n >= enough and took >= shortest) or took >= longest:
            return n / took


def main():
    binary = binary_from_argv()
    tickers = ["t1", "t2", "t3"]
    with Daemon(binary, "--workers", "1") as d:
        for name in tickers:
            d.upload(name, TICKER, tick_ms=20)
        d.wait_for(lambda: all(v > 0 for v in ticks(d, tickers).values()), what="tickers tick")
        alone = tick_rate(d, tickers, 1.5)
        assert alone > 10, alone
        # The reference: the tickers' rate beside as many plain loops as there are traps.
        # (Against the rate alone, an idle worker's, the ratio was the machine's: a worker
        # that sleeps between ticks gets a CPU at once, a busy one waits its turn.)
        spinners = [f"spin{i}" for i in range(len(TRAPS))]
        for name in spinners:
            d.upload(name, SPIN)
        d.wait_for(lambda: all(d.workload(n)["slices_total"] > 20 for n in spinners),
                   timeout=60, what="the plain loops run")
        busy = ticks_per_second(d, tickers)
        for name in spinners:
            assert d.delete("/api/v1/workloads/" + name)[0] == 204

        for name, src in TRAPS:
            d.upload(name, src)
        d.wait_for(lambda: all(d.workload(n)["slices_total"] > 20 for n, _ in TRAPS),
                   timeout=60, what="the traps run")
        for _ in range(5):
            timed_get(d.port, "/healthz", 0.5)
            assert b"closured_workloads" in timed_get(d.port, "/metrics", 0.5)
        # A heap query on the same worker starts within a slice or so.
        timed_get(d.port, "/api/v1/workloads/t1/closures", 1.0)
        timed_get(d.port, "/api/v1/workloads/sorted_trap/closures", 1.0)

        # Past the watchdog's second: the tickers keep their rate on the shared worker (a
        # nested run holding the worker to the watchdog would leave them a tick a second),
        # and every trap is still running and still being given slices (never interrupted).
        trapped = ticks_per_second(d, tickers)
        print(f"ticks/s: {alone:.1f} of the slowest ticker alone; of the three together "
              f"{busy:.1f} beside plain loops, {trapped:.1f} beside the traps")
        assert trapped >= 0.25 * busy, (trapped, busy, alone)
        slices = {n: d.workload(n)["slices_total"] for n, _ in TRAPS}
        for name, _ in TRAPS:
            d.wait_for(lambda: d.workload(name)["slices_total"] > slices[name] + 5,
                       timeout=30, what=name + " keeps getting slices")
            w = d.workload(name)
            assert w["state"] == "running", w
        assert not any("a slice ran" in l for l in d.lines), d.lines[-20:]

        # DELETE removes a workload whose slice ended inside a nested run.
        for name in ("map_trap", "lt_trap", "sum_trap"):
            status, _, _ = d.delete("/api/v1/workloads/" + name)
            assert status == 204, status
            assert d.get("/api/v1/workloads/" + name)[0] == 404

        # The backstop: a generator's finally run by the collector runs inside the collection
        # and cannot suspend, so the watchdog interrupts it after a second of CPU time (the
        # collection reports its KeyboardInterrupt as unraisable, as CPython does, and the
        # script goes on to its end).
        d.upload("fin_trap", FIN_TRAP)
        d.wait_for(lambda: d.workload("fin_trap")["state"] == "finished", timeout=60,
                   what="fin_trap interrupted")
        # the watchdog's line comes through the daemon's stderr, maybe after the state
        d.wait_for(lambda: any("fin_trap: a slice ran" in l and "interrupted" in l
                               for l in d.lines), what="the watchdog's line for fin_trap")
        assert not any(any(n in l for n in ("sorted_trap", "min_trap", "gc_trap", "sum_trap",
                                            "count_trap", "zip_trap")) and
                       "a slice ran" in l for l in d.lines), d.lines[-20:]
        # Collections do not hide such a run from the backstop: the ones the runtime starts
        # (its loop allocates) are subtracted from the slice's CPU time rather than starting
        # its count again, and gc.collect() counts like any call.
        for name, src in (("dealloc_gc_trap", DEALLOC_GC), ("dealloc_alloc_trap", DEALLOC_ALLOC)):
            d.upload(name, src)
            d.wait_for(lambda: d.workload(name)["state"] == "finished", timeout=60,
                       what=name + " interrupted")
            d.wait_for(lambda: any(name + ": a slice ran" in l and "interrupted" in l
                                   for l in d.lines), what="the watchdog's line for " + name)
        assert d.workload("sorted_trap")["state"] == "running"
        before = ticks(d, tickers)
        d.wait_for(lambda: all(v > before[n] + 3 for n, v in ticks(d, tickers).items()),
                   timeout=30, what="tickers keep ticking")

        # SIGTERM while workloads are suspended inside nested runs: out within 2 s.
        time.sleep(0.2)
    assert d.stop_seconds < 2.0, d.stop_seconds

    # With the watchdog far away, a request for the heap of a workload whose worker is stuck
    # (in a finally the collector runs) waits 5 s at most: then 503 problem+json with Retry-After;
    # the loop thread still answers.
    with Daemon(binary, "--workers", "1", "--slice-timeout", "60000") as d:
        d.upload("t1", TICKER, tick_ms=20)
        d.wait_for(lambda: d.workload("t1")["ticks_total"] > 0, what="t1 ticks")
        d.upload("fin_trap", FIN_TRAP)
        time.sleep(0.2)
        t0 = time.monotonic()
        status, headers, body = d.get_json("/api/v1/workloads/t1/closures")
        took = time.monotonic() - t0
        assert status == 503, (status, body)
        assert headers["content-type"] == "application/problem+json", headers
        assert headers.get("retry-after") == "1", headers
        assert "did not start this request" in body["detail"], body
        assert 4.0 < took < 8.0, took
        timed_get(d.port, "/metrics", 0.5)
        assert d.workload("t1")["state"] == "running"
        assert d.delete("/api/v1/workloads/fin_trap")[0] == 204
        d.wait_for(lambda: d.get_json("/api/v1/workloads/t1/closures")[0] == 200,
                   what="the worker is free again")
    assert d.stop_seconds < 2.0, d.stop_seconds
    print("ok")


if __name__ == "__main__":
    main()
