"""test_isolation.py: a `while True: pass` workload never blocks the daemon (/healthz within 50 ms),
and a workload over its heap limit fails with MemoryError while the others keep running."""
import http.client
import time

from daemon import Daemon, binary_from_argv, example

W = "/api/v1/workloads"


def probe_healthz(port):
    """40 probes of /healthz on one kept-alive connection; their times, sorted."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    took = []
    for _ in range(40):
        t0 = time.perf_counter()
        conn.request("GET", "/healthz")
        r = conn.getresponse()
        assert r.status == 200 and r.read() == b'{"status":"ok"}'
        took.append(time.perf_counter() - t0)
        time.sleep(0.01)
    conn.close()
    return sorted(took)


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("steady_counter")) as d:
        d.upload("spin", "while True:\n    pass\n")
        d.upload("spin_tick", "def tick():\n    while True:\n        pass\n", tick_ms=10)
        d.wait_for(lambda: d.workload("spin")["slices_total"] > 5, what="spin runs")

        # The scheduler bounds a round of slices at 10 ms and the HTTP thread runs no
        # workload code, so /healthz answers well within 50 ms. Measured as the 90th
        # percentile of a window of 40 probes, not the single worst probe, and over up to
        # three windows: this test shares two cores with the rest of the suite, and a window
        # in which another process took the CPU says nothing about the daemon. A daemon whose
        # HTTP thread waits for the spinning workloads fails every window.
        windows = []
        for _ in range(3):
            took = probe_healthz(d.port)
            windows.append(took)
            if took[int(len(took) * 0.9)] < 0.050:
                break
        best = min(windows, key=lambda t: t[int(len(t) * 0.9)])
        p90 = best[int(len(best) * 0.9)]
        worst = max(t[-1] for t in windows)
        assert p90 < 0.050, f"/healthz p90 {p90 * 1000:.1f} ms in each window while a workload spins ({windows})"
        assert worst < 1.0, f"/healthz took {worst * 1000:.1f} ms while a workload spins"
        assert d.workload("spin")["state"] == "running"

        # MemoryError in one workload; the others keep running
        ticks0 = d.workload("steady_counter")["ticks_total"]
        d.upload("hog", "data = []\ndef tick():\n    for i in range(2000):\n        data.append([i] * 100)\n",
                 tick_ms=10, heap_limit_bytes=4 << 20)
        w = d.wait_for(lambda: (lambda x: x if x["state"] == "failed" else None)(d.workload("hog")),
                       timeout=20, what="hog fails")
        assert w["error"]["type"] == "MemoryError", w["error"]
        assert "MemoryError" in w["error"]["traceback"], w["error"]
        assert w["heap_limit_bytes"] == 4 << 20 and w["heap_bytes"] <= 4 << 20, w
        d.wait_for(lambda: d.workload("steady_counter")["ticks_total"] > ticks0 + 3, what="others tick")
        assert d.workload("steady_counter")["state"] == "running"
        assert d.workload("spin")["state"] == "running"
        st = d.get_json("/api/v1/status")[2]
        assert st["workloads"]["failed"] == 1 and st["workloads"]["running"] == 3, st
        # the log line comes through the daemon's stderr, which a reader
        # thread collects: it may arrive after the API already says "failed"
        d.wait_for(lambda: any("workload hog: running -> failed: MemoryError" in l for l in d.lines),
                   what="the failure logged")
    assert d.stop_seconds < 2.0, d.stop_seconds
    print("ok")


if __name__ == "__main__":
    main()
