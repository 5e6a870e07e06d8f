"""test_scrape_isolation.py: /metrics keeps its latency while the closures of a 500k-closure
workload are listed again and again: the listing runs on the workload's worker, the scrape on
the HTTP thread from published views. Asserted as a ratio of the scrape latency with listings
running to the latency without, never as an absolute time."""
import http.client
import threading
import time

from daemon import Daemon, binary_from_argv

BIG = """fs = []
def mk(i):
    def f():
        return i
    return f
for i in range(500000):
    fs.append(mk(i))
"""
SCRAPES = 150


def scrape_latencies(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    took = []
    for _ in range(SCRAPES):
        t0 = time.perf_counter()
        conn.request("GET", "/metrics")
        r = conn.getresponse()
        body = r.read()
        took.append(time.perf_counter() - t0)
        assert r.status == 200 and b"closured_closures{" in body
    conn.close()
    took.sort()
    return took[len(took) // 2], took[int(len(took) * 0.9)]


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workers", "2") as d:
        d.upload("big", BIG, heap_limit_bytes=1 << 30)
        d.wait_for(lambda: d.workload("big")["state"] == "finished", timeout=120,
                   interval=0.2, what="500k closures built")
        assert d.workload("big")["closures"] >= 500000
        # A pair of series (idle, then with listings) is one draw of a shared machine whose
        # load can change between its halves; a scrape that waited for a listing fails every
        # draw, so the verdict is the best of three pairs.
        for attempt in range(3):
            verdict = measure_pair(d)
            if verdict is None:
                break
            print(f"draw {attempt + 1}: {verdict}")
        assert verdict is None, verdict
    print("ok")


def measure_pair(d):
    """One idle series and one with listings running; None if the ratios hold, else why."""
    idle50, idle90 = scrape_latencies(d.port)

    stop = threading.Event()
    listings = [0]

    def lister():
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=60)
        while not stop.is_set():
            for query in ("?limit=20", "?limit=20&sort=env_bytes&retained=false"):
                conn.request("GET", "/api/v1/workloads/big/closures" + query)
                r = conn.getresponse()
                r.read()
                assert r.status == 200, r.status
                listings[0] += 1
        conn.close()

    th = threading.Thread(target=lister, daemon=True)
    th.start()
    d.wait_for(lambda: listings[0] >= 1, timeout=60, what="a first listing")
    busy50, busy90 = scrape_latencies(d.port)
    stop.set()
    th.join(timeout=120)
    assert listings[0] >= 2, listings
    print(f"/metrics idle p50 {idle50 * 1e3:.2f} ms p90 {idle90 * 1e3:.2f} ms; "
          f"with listings p50 {busy50 * 1e3:.2f} ms p90 {busy90 * 1e3:.2f} ms "
          f"({listings[0]} listings)")
    # One listing takes far longer than the whole scrape series would allow if a scrape
    # waited for it; the floor keeps a sub-millisecond idle latency from making the ratio
    # a test of the scheduler's noise.
    floor = 0.002
    if busy50 >= 4 * max(idle50, floor) or busy90 >= 6 * max(idle90, floor):
        return f"idle p50/p90 {idle50:.4f}/{idle90:.4f} s, busy {busy50:.4f}/{busy90:.4f} s"
    return None


if __name__ == "__main__":
    main()
