"""test_gc.py: the collector of the cyclic example: totals rise, events, collect now, and its errors."""
from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads/cyclic_closures"


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("cyclic_closures")) as d:
        status, _, g1 = d.get_json(f"{W}/gc")
        assert status == 200 and g1["enabled"] is True, g1
        assert len(g1["thresholds"]) == 3 and len(g1["counts"]) == 3 and len(g1["generations"]) == 3, g1
        for key in ("refcount_objects", "refcount_bytes", "collector_objects", "collector_bytes"):
            assert key in g1["freed"], g1
        # collections and collected counts rise on their own (thresholds)
        def risen():
            g = d.get_json(f"{W}/gc")[2]
            return g if (g["generations"][0]["collections"] > g1["generations"][0]["collections"] + 1 and
                         g["generations"][0]["collected"] > g1["generations"][0]["collected"]) else None
        g2 = d.wait_for(risen, what="collections rise")
        assert g2["freed"]["collector_objects"] > 0, g2

        # the event log, since=SEQ
        status, _, ev = d.get_json(f"{W}/gc/events")
        assert status == 200 and ev["count"] >= 2 and ev["last_seq"] >= ev["events"][-1]["seq"], ev
        e = ev["events"][-1]
        for key in ("seq", "time", "generation", "examined", "collected", "uncollectable", "pause_seconds",
                    "heap_bytes_before", "heap_bytes_after", "manual"):
            assert key in e, (key, e)
        seqs = [x["seq"] for x in ev["events"]]
        assert seqs == sorted(seqs), seqs
        mid = seqs[len(seqs) // 2]
        _, _, later = d.get_json(f"{W}/gc/events?since={mid}")
        assert all(x["seq"] > mid for x in later["events"]), later
        assert_problem(*d.get_json(f"{W}/gc/events?since=x"), 400)

        # collect now: answers the collection, and the totals move
        before = d.get_json(f"{W}/gc")[2]["generations"][2]["collections"]
        status, _, r = d.post_json(f"{W}/gc", {"generation": 2})
        assert status == 200 and r["generation"] == 2 and r["manual"] is True, r
        assert r["gc"]["generations"][2]["collections"] >= before + 1, r
        assert r["heap_bytes_after"] <= r["heap_bytes_before"], r
        status, _, r0 = d.post_json(f"{W}/gc", {"generation": 0})
        assert status == 200 and r0["generation"] == 0 and r0["seq"] > r["seq"], r0
        status, _, rd = d.post_json(f"{W}/gc")  # no body: the oldest generation
        assert status == 200 and rd["generation"] == 2, rd
        _, _, ev = d.get_json(f"{W}/gc/events?since={r['seq'] - 1}")
        assert ev["events"][0]["seq"] == r["seq"] and ev["events"][0]["manual"], ev

        for bad in ({"generation": 3}, {"generation": -1}, {"generation": "2"}, {"generation": 1.5}, {"gen": 1}):
            assert_problem(*d.post_json(f"{W}/gc", bad), 400)
        assert_problem(*d.post_json(f"{W}/gc", raw="{"), 400)

        # the pause histogram in /gc follows the events
        g = d.get_json(f"{W}/gc")[2]
        h = g["pause_histogram"]
        assert h["count"] >= sum(x["collections"] for x in g["generations"]) - 0, (h, g["generations"])
        counts = [b["count"] for b in h["buckets"]]
        assert counts == sorted(counts) and counts[-1] <= h["count"], h

        # pauses in wall-clock and in CPU time, each named as such
        slack = 0.002  # the two clocks tick differently
        assert 0 < h["cpu_sum_seconds"] <= h["sum_seconds"] + slack, h
        for gen in g["generations"]:
            assert 0 <= gen["pause_cpu_seconds_total"] <= gen["pause_seconds_total"] + slack, gen
        for e in d.get_json(f"{W}/gc/events")[2]["events"]:
            assert 0 <= e["pause_cpu_seconds"] <= e["pause_seconds"] + slack, e
        _, _, text = d.get("/metrics")
        assert b'closured_gc_pause_cpu_seconds_total{workload="cyclic_closures",generation="0"} ' in text, text
        assert b"# TYPE closured_gc_pause_cpu_seconds_total counter" in text, text

        # more collections than the ring holds: the answer says what it dropped
        d.upload("churn", "import gc\nfor i in range(1500):\n    gc.collect(0)\n")
        d.wait_for(lambda: d.workload("churn")["state"] == "finished", what="churn finished")
        _, _, ev = d.get_json("/api/v1/workloads/churn/gc/events?since=0")
        assert ev["last_seq"] >= 1500 and ev["count"] == 1024, {k: ev[k] for k in ev if k != "events"}
        assert ev["first_seq"] == ev["events"][0]["seq"] == ev["last_seq"] - 1023, ev["first_seq"]
        assert ev["dropped"] == ev["first_seq"] - 1, (ev["dropped"], ev["first_seq"])
        _, _, ev2 = d.get_json(f"/api/v1/workloads/churn/gc/events?since={ev['first_seq'] + 9}")
        assert ev2["dropped"] == 0 and ev2["first_seq"] == ev["first_seq"] + 10, ev2["first_seq"]
        _, _, ev3 = d.get_json(f"/api/v1/workloads/churn/gc/events?since={ev['last_seq']}")
        assert ev3["count"] == 0 and ev3["dropped"] == 0 and ev3["first_seq"] == ev["last_seq"] + 1, ev3
    print("ok")


if __name__ == "__main__":
    main()
