"""test_closures.py: closures, sites and heap of the examples: seed values, the leak growing tick over tick, query errors, a listing of thousands."""
import json

from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads"


def check_seed(d):
    d.wait_for(lambda: d.workload("seed_multiplier")["state"] == "finished", what="seed finished")
    status, _, body = d.get_json(f"{W}/seed_multiplier/closures")
    assert status == 200 and body["sort"] == "env_bytes" and body["total"] == 5, body
    assert sorted(int(c["free_vars"][0]["repr"]) for c in body["closures"]) == [0, 1, 2, 3, 4], body
    ids = [c["id"] for c in body["closures"]]
    assert len(set(ids)) == 5, ids

    # limit, sort=age (oldest first), sort=env_shallow_bytes
    status, _, body = d.get_json(f"{W}/seed_multiplier/closures?sort=age&limit=2")
    assert body["count"] == 2 and body["total"] == 5 and body["limit"] == 2, body
    assert [c["free_vars"][0]["repr"] for c in body["closures"]] == ["0", "1"], body
    status, _, body = d.get_json(f"{W}/seed_multiplier/closures?sort=env_shallow_bytes")
    assert status == 200 and body["count"] == 5, body

    # site filter
    status, _, body = d.get_json(f"{W}/seed_multiplier/closures?site=seed_multiplier.py:2")
    assert body["total"] == 5, body
    status, _, body = d.get_json(f"{W}/seed_multiplier/closures?site=seed_multiplier.py:3")
    assert body["total"] == 0 and body["closures"] == [], body

    # one closure by id
    status, _, one = d.get_json(f"{W}/seed_multiplier/closures/{ids[0]}")
    assert status == 200 and one["id"] == ids[0] and one["name"] == "multiplier", one
    assert one["free_vars"][0]["name"] == "n", one
    assert_problem(*d.get_json(f"{W}/seed_multiplier/closures/1"), 404)
    assert_problem(*d.get_json(f"{W}/seed_multiplier/closures/abc"), 400)

    # sites
    status, _, sites = d.get_json(f"{W}/seed_multiplier/sites")
    assert status == 200 and sites["closures"] == 5, sites
    [s] = sites["sites"]
    assert s["site"] == "seed_multiplier.py:2" and s["closures"] == 5, s
    assert s["env_bytes"] == sum(c["env_bytes"] for c in d.get_json(f"{W}/seed_multiplier/closures")[2]["closures"]), s

    # errors of the query
    for q in ("sort=size", "limit=0", "limit=-3", "limit=x", "limit=10001", "site=nocolon", "site=f.py:x", "site=f.py:0"):
        assert_problem(*d.get_json(f"{W}/seed_multiplier/closures?{q}"), 400)
    assert_problem(*d.get_json(f"{W}/seed_multiplier/heap?limit=0"), 400)


def check_leak(d):
    """leaky_handlers registers a closure capturing a 1000-element list every tick."""
    def sample():
        _, _, body = d.get_json(f"{W}/leaky_handlers/closures?limit=1")
        _, _, sites = d.get_json(f"{W}/leaky_handlers/sites")
        return body["total"], sites["sites"][0]
    n1, top1 = sample()
    d.wait_for(lambda: sample()[0] >= n1 + 3, what="leak grows")
    n2, top2 = sample()
    assert n2 > n1 and top2["env_bytes"] > top1["env_bytes"], (n1, top1, n2, top2)
    assert top2["site"].startswith("leaky_handlers.py:"), top2
    _, _, body = d.get_json(f"{W}/leaky_handlers/closures?limit=1")
    [c] = body["closures"]
    assert c["name"] == "handle" and any(v["name"] == "buffer" and v["type"] == "list" for v in c["free_vars"]), c
    assert c["env_bytes"] >= 8000, c  # a 1000-element list

    # heap histogram
    status, _, heap = d.get_json(f"{W}/leaky_handlers/heap")
    assert status == 200, heap
    types = {t["type"]: t for t in heap["by_type"]}
    assert "list" in types and "function" in types, types
    assert heap["by_type"][0]["type"] == "list", heap["by_type"][:3]
    assert heap["totals"]["heap_bytes"] >= sum(t["bytes"] for t in heap["by_type"]) * 0.5, heap["totals"]
    assert all("site" in s and "file" in s and "line" in s for s in heap["by_site"]), heap["by_site"]
    b1 = heap["totals"]["heap_bytes"]
    d.wait_for(lambda: d.get_json(f"{W}/leaky_handlers/heap")[2]["totals"]["heap_bytes"] > b1, what="heap grows")

    # the per-second series sees the growth too
    d.wait_for(lambda: d.get_json(f"{W}/leaky_handlers/series")[2]["count"] >= 2, what="samples")
    s = d.get_json(f"{W}/leaky_handlers/series")[2]["samples"]
    assert s[-1]["closures"] > s[0]["closures"] and s[-1]["env_bytes"] > s[0]["env_bytes"], s


def check_big_listing(d):
    """A listing of thousands of closures (an answer over 64 KB, which the worker moves into a
    mapping of its own before the HTTP thread sends and frees it) arrives whole, twice."""
    d.upload("many", "def mk(i):\n    def f():\n        return i\n    return f\n"
                     "keep = [mk(i) for i in range(3000)]\n")
    d.wait_for(lambda: d.workload("many")["state"] == "finished", what="3000 closures built")
    for _ in range(2):
        status, headers, raw = d.get(f"{W}/many/closures?limit=3000&retained=false")
        assert status == 200 and int(headers["content-length"]) == len(raw) > 64 * 1024, len(raw)
        body = json.loads(raw)
        assert body["total"] == 3000 and len(body["closures"]) == 3000, body["total"]
        assert sorted(int(c["free_vars"][0]["repr"]) for c in body["closures"]) == list(range(3000))


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("seed_multiplier"), "--workload", example("leaky_handlers")) as d:
        check_seed(d)
        check_leak(d)
        check_big_listing(d)
    print("ok")


if __name__ == "__main__":
    main()
