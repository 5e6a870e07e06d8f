"""test_re_runaway.py: a workload stuck in a catastrophic regular expression
(`re.match('(a*)*b', 'a' * 40)`, exponential in CPython too) does not hold the
daemon: the matcher charges the slice's budget, so the workload yields slice
after slice, /healthz answers, the other workloads tick, and deleting it
stops the match and frees the workload while the daemon goes on."""
import http.client
import time

from daemon import Daemon, binary_from_argv, example


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("steady_counter")) as d:
        d.upload("regex", "import re\nprint('start')\nm = re.match('(a*)*b', 'a' * 40)\nprint('never')\n")
        d.wait_for(lambda: d.workload("regex")["slices_total"] > 20, what="the match yields slices")
        w = d.workload("regex")
        assert w["state"] == "running", w

        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=5)
        t0 = time.perf_counter()
        conn.request("GET", "/healthz")
        r = conn.getresponse()
        assert r.status == 200 and r.read() == b'{"status":"ok"}'
        took = time.perf_counter() - t0
        conn.close()
        assert took < 1.0, f"/healthz took {took * 1000:.1f} ms while a regex runs away"

        ticks0 = d.workload("steady_counter")["ticks_total"]
        d.wait_for(lambda: d.workload("steady_counter")["ticks_total"] > ticks0 + 3, what="others tick")

        status = d.delete("/api/v1/workloads/regex")[0]
        assert status in (200, 204), status
        d.wait_for(lambda: d.get("/api/v1/workloads/regex")[0] == 404, what="the workload is gone")
        ticks1 = d.workload("steady_counter")["ticks_total"]
        d.wait_for(lambda: d.workload("steady_counter")["ticks_total"] > ticks1 + 3, what="others go on")
        assert not any("never" in line for line in d.lines), d.lines
    assert d.stop_seconds < 2.0, d.stop_seconds
    print("ok")


if __name__ == "__main__":
    main()
