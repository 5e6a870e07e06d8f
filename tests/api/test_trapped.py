"""test_trapped.py: workloads trapped where they cannot yield (a sorted() key and a map() function
that never return, called from C) and a plain `while True:` never hold the daemon: /healthz and
/metrics answer at once, the other workloads keep ticking, the slice watchdog interrupts the
nested runs (KeyboardInterrupt), DELETE removes a trapped workload, and SIGTERM stops the daemon
within 2 s even while workloads are trapped."""
import http.client
import time

from daemon import Daemon, binary_from_argv, example

SORTED = "def f(x):\n    while True:\n        pass\nsorted([3, 1, 2], key=f)\n"
MAPPED = "def g(x):\n    while True:\n        x += 1\nlist(map(g, [1, 2]))\n"
SPIN = "while True:\n    pass\n"
TICKER = "n = 0\ndef tick():\n    global n\n    n += 1\n"


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


def main():
    binary = binary_from_argv()
    others = ["steady_counter", "t1", "t2"]
    with Daemon(binary, "--workers", "2", "--workload", example("steady_counter")) as d:
        d.upload("t1", TICKER, tick_ms=20)
        d.upload("t2", TICKER, tick_ms=20)
        d.wait_for(lambda: all(v > 0 for v in ticks(d, others).values()), what="others tick")

        t0 = time.monotonic()
        for name, src in (("sorted_trap", SORTED), ("map_trap", MAPPED), ("spin", SPIN)):
            d.upload(name, src)
        # Inside the watchdog's second: the loop thread answers at once.
        for _ in range(5):
            timed_get(d.port, "/healthz", 0.5)
            assert b"closured_workloads" in timed_get(d.port, "/metrics", 0.5)
            timed_get(d.port, "/api/v1/status", 0.5)
        # DELETE works on a workload stuck in a nested run (its worker is stuck too).
        status, _, _ = d.delete("/api/v1/workloads/map_trap")
        assert status == 204, status
        assert d.get("/api/v1/workloads/map_trap")[0] == 404
        assert time.monotonic() - t0 < 1.0, "the checks above must run while the traps hold"

        # The watchdog interrupts the nested run after --slice-timeout (1 s by default).
        w = d.wait_for(lambda: (lambda x: x if x["state"] == "failed" else None)(
            d.workload("sorted_trap")), timeout=10, what="sorted_trap interrupted")
        assert w["error"]["type"] == "KeyboardInterrupt", w["error"]
        assert "time limit" in w["error"]["message"], w["error"]
        assert "line 3" in w["error"]["traceback"] or "line 2" in w["error"]["traceback"], w["error"]
        assert any("sorted_trap: a slice ran" in l for l in d.lines), d.lines[-20:]

        # The others keep ticking, the plain loop keeps its slices (it yields).
        before = ticks(d, others)
        d.wait_for(lambda: all(v > before[n] + 3 for n, v in ticks(d, others).items()),
                   timeout=10, what="others keep ticking")
        spin = d.workload("spin")
        assert spin["state"] == "running", spin
        s0 = spin["slices_total"]
        d.wait_for(lambda: d.workload("spin")["slices_total"] > s0, what="spin keeps running")
        assert d.delete("/api/v1/workloads/spin")[0] == 204

        # SIGTERM while two workloads are trapped in nested runs: out within 2 s.
        d.upload("sorted_again", SORTED)
        d.upload("map_again", MAPPED)
        d.wait_for(lambda: d.workload("map_again")["slices_total"] >= 0, what="uploads visible")
        time.sleep(0.2)
    assert d.stop_seconds < 2.0, d.stop_seconds

    # With the watchdog far away, a request for the heap of a workload whose worker is stuck
    # waits 5 s at most: then 503 problem+json with Retry-After; the loop thread still answers.
    with Daemon(binary, "--workers", "1", "--slice-timeout", "60000") as d:
        d.upload("t1", TICKER, tick_ms=20)
        d.wait_for(lambda: d.workload("t1")["ticks_total"] > 0, what="t1 ticks")
        d.upload("sorted_trap", SORTED)
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
        assert d.delete("/api/v1/workloads/sorted_trap")[0] == 204
        d.wait_for(lambda: d.get_json("/api/v1/workloads/t1/closures")[0] == 200,
                   what="the worker is free again")
    assert d.stop_seconds < 2.0, d.stop_seconds
    print("ok")


if __name__ == "__main__":
    main()
