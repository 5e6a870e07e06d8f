"""test_smoke.py: a fast end-to-end pass: the seed workload's five closures, status, one upload, /metrics."""
from daemon import Daemon, binary_from_argv, example


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("seed_multiplier")) as d:
        w = d.wait_for(lambda: d.workload("seed_multiplier")["state"] == "finished" and
                       d.workload("seed_multiplier"), what="seed finished")
        assert w["origin"] == "file" and w["filename"] == "seed_multiplier.py", w
        assert w["error"] is None, w

        status, _, body = d.get_json("/api/v1/workloads/seed_multiplier/closures?sort=age")
        assert status == 200, body
        assert body["total"] == 5 and body["count"] == 5, body
        ns = []
        for c in body["closures"]:
            assert c["name"] == "multiplier", c
            assert c["qualname"] == "make_multiplier_of.<locals>.multiplier", c
            assert c["site"] == "seed_multiplier.py:2", c
            [var] = c["free_vars"]
            assert var["name"] == "n" and var["type"] == "int", var
            ns.append(int(var["repr"]))
            assert c["env_bytes"] == var["shallow_bytes"] > 0, c
            assert c["env_shallow_bytes"] == var["shallow_bytes"] + var["cell_bytes"], c
        assert ns == [0, 1, 2, 3, 4], ns

        # The seed's own printout of the env measure matches the API's.
        status, _, out = d.get_json("/api/v1/workloads/seed_multiplier/output")
        texts = [l["text"] for l in out["lines"]]
        assert texts[:5] == ["0", "5", "10", "15", "20"], texts
        env = body["closures"][0]["env_bytes"]
        assert texts[5] == f"Memory size of closure state: {env} bytes", texts

        status, _, st = d.get_json("/api/v1/status")
        assert status == 200 and st["workloads"]["total"] == 1, st
        assert st["workloads"]["finished"] == 1 and st["version"] == "0.1.0", st

        up = d.upload("hello", "def tick():\n    print('hi')\n", tick_ms=20)
        assert up["state"] == "running" and up["origin"] == "upload" and up["tick_ms"] == 20, up
        assert up["has_tick"] is True, up  # in the answer, before the top level has run
        once = d.upload("once", "x = [i for i in range(3)]\n")
        assert once["has_tick"] is False, once
        status, _, again = d.post_json("/api/v1/workloads/hello/restart")
        assert status == 200 and again["has_tick"] is True, again

        # a query parameter an operation does not take is refused by name
        for path, word in (("/api/v1/workloads?verbose=1", "verbose"),
                           ("/api/v1/workloads/seed_multiplier/closures?sort=age&limt=1", "limt"),
                           ("/healthz?x", "x")):
            status, headers, body = d.get_json(path)
            assert status == 400 and headers["content-type"] == "application/problem+json", body
            assert '"%s"' % word in body["detail"], body
        status, _, body = d.get_json("/api/v1/workloads/seed_multiplier/closures?sort=age&limit=2")
        assert status == 200 and body["count"] == 2, body
        d.wait_for(lambda: d.workload("hello")["ticks_total"] >= 2, what="ticks")

        status, headers, text = d.get("/metrics")
        assert status == 200 and headers["content-type"].startswith("text/plain; version=0.0.4"), headers
        assert b'closured_closures{workload="seed_multiplier"} 5' in text, text
    assert d.returncode == 0
    print("ok")


if __name__ == "__main__":
    main()
