"""test_inspect.py: the heap graph's views on the leaking example: retained bytes in the closure
listing and sort, one closure's per-variable retained bytes and why-alive path, object paths,
sites with growth and leak suspects (the handler site first), the retained-bytes metric, and the
workload's collection fields; which heap analysis answers use (listings by env bytes never
start one, max_age=0 asks for the heap as it is) and that they say how old it is."""
import re
import time

from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads"
HANDLER_LINE = 11  # `def handle` in examples/leaky_handlers.py

# The example, plus two decoys ticked along with it: a site whose closures are
# replaced (steady count, no growth) and one that leaks slowly and small.
DECOYS = """

churn = {}
slow = []


def make_churn(k):
    data = [k] * 200
    return lambda: len(data)


def make_slow(k):
    def small():
        return k
    return small


leaky_tick = tick


def tick():
    leaky_tick()
    churn[requests_seen % 4] = make_churn(requests_seen)
    if requests_seen % 10 == 0:
        slow.append(make_slow(requests_seen))
"""


def closures(d, name, q=""):
    status, _, body = d.get_json(f"{W}/{name}/closures{q}")
    assert status == 200, body
    return body


def check_retained(d):
    # max_age=0: an analysis of the heap as it is now, so every listed closure is in it
    body = closures(d, "leaky", "?sort=retained_bytes&limit=20&max_age=0")
    assert body["sort"] == "retained_bytes" and body["retained"] is True, body
    a = body["heap_analysis"]
    assert a["current"] is True and 0 <= a["age_seconds"] < 1 and a["build_seconds"] > 0, a
    rs = [c["retained_bytes"] for c in body["closures"]]
    assert rs == sorted(rs, reverse=True), rs
    handlers = [c for c in body["closures"] if c["name"] == "handle"]
    assert handlers, body
    for c in handlers:
        # a handler retains its buffer: 1000 items, the cell and itself
        buf = c["free_vars"][0]["shallow_bytes"]
        assert buf >= 8000 and abs(c["retained_bytes"] - buf) <= 0.03 * buf, c
        assert "large_capture" in c["hints"], c
    # the closures of the churn decoy retain their 200-item lists
    churn = closures(d, "leaky", "?sort=retained_bytes&site=leaky.py:39&max_age=0")
    assert churn["total"] == 4 and all(c["retained_bytes"] >= 1600 for c in churn["closures"]), churn
    # without the analysis the field is null
    body = closures(d, "leaky", "?limit=1&retained=false")
    assert body["retained"] is False and body["closures"][0]["retained_bytes"] is None, body
    assert body["heap_analysis"] is None, body
    assert_problem(*d.get_json(f"{W}/leaky/closures?retained=maybe"), 400)
    return handlers[0]


def check_analysis_age(d):
    """The workload changes its heap every 10 ms. Listings by env bytes reuse the last
    analysis (the worker's inspector makes one at most every 2 s): over 8 of them in about a
    second at most two analyses appear, and one carries its age. Listings with max_age=0
    each get a new one."""
    t0 = time.monotonic()
    seen = set()
    for _ in range(8):
        a = closures(d, "leaky", "?limit=5")["heap_analysis"]
        assert a is not None, "the inspector has analysed the heap by now"
        assert a["age_seconds"] >= 0 and a["time"] <= time.time() + 1, a
        seen.add(a["time"])
        time.sleep(0.1)
    if time.monotonic() - t0 < 1.9:  # a loaded machine may stretch the window past 2 s
        assert len(seen) <= 2, seen
    fresh = set()
    for _ in range(4):
        a = closures(d, "leaky", "?limit=5&max_age=0")["heap_analysis"]
        assert a["current"] is True, a
        fresh.add(a["time"])
        time.sleep(0.05)
    assert len(fresh) == 4, fresh
    # sites: the same rules
    a = d.get_json(f"{W}/leaky/sites?max_age=0")[2]["heap_analysis"]
    assert a["current"] is True, a
    for q in ("max_age=-1", "max_age=x", "max_age=86401"):
        assert_problem(*d.get_json(f"{W}/leaky/closures?{q}"), 400)


def check_one(d, handler):
    status, _, c = d.get_json(f"{W}/leaky/closures/{handler['id']}")
    assert status == 200, c
    [v] = c["free_vars"]
    assert v["name"] == "buffer" and v["shared_with"] == 0 and v["hints"] == ["large_capture"], v
    assert v["value"]["type"] == "list" and v["value"]["name"] == "list (1000 items)", v
    assert abs(v["retained_bytes"] - v["shallow_bytes"]) <= 0.03 * v["shallow_bytes"], v
    assert c["deep_bytes"] >= c["retained_bytes"] and c["garbage"] is False, c
    # why alive: the global list holds it
    path = c["path"]
    assert path["text"].startswith("globals['handlers'] → list["), path
    assert "make_handler.<locals>.handle (closure, leaky.py:11)" in path["text"], path
    steps = path["steps"]
    assert steps[0]["edge"] is None and steps[0]["node"]["synthetic"], steps[0]
    assert steps[-1]["node"]["id"] == handler["id"], steps[-1]
    assert {"kind": "property", "name": "handlers"} in [s["edge"] for s in steps], steps
    assert len(steps) == path["length"], path

    # the path of the captured buffer goes through the closure and the captured variable
    status, _, body = d.get_json(f"{W}/leaky/objects/{v['value']['id']}/path")
    assert status == 200 and body["object"]["type"] == "list", body
    assert re.search(r"handle \(closure, leaky\.py:11\) → captured 'buffer' → list \(1000 items\)$",
                     body["path"]["text"]), body["path"]["text"]
    assert_problem(*d.get_json(f"{W}/leaky/objects/1/path"), 404)
    assert_problem(*d.get_json(f"{W}/leaky/objects/x1/path"), 400)
    assert_problem(*d.get_json(f"{W}/nope/objects/1/path"), 404)


def check_suspects(d):
    def first_suspect():
        status, _, body = d.get_json(f"{W}/leaky/sites")
        assert status == 200, body
        # past the first samples: one taken while the churn decoy was still filling its four
        # slots (a slow start, under ThreadSanitizer say) reads as a rise until others follow
        return body if len(body["suspects"]) >= 2 and body["analysis"]["samples"] >= 4 else None
    body = d.wait_for(first_suspect, timeout=30, interval=0.5, what="two leak suspects")
    top = body["suspects"][0]
    assert top["rank"] == 1 and top["site"] == f"leaky.py:{HANDLER_LINE}", body["suspects"]
    assert top["qualname"] == "make_handler.<locals>.handle", top
    assert top["biggest_var"]["name"] == "buffer" and top["biggest_var"]["retained_bytes"] > 0, top
    assert top["closures_per_minute"] > 0 and top["retained_bytes_per_minute"] > 0, top
    assert body["suspects"][1]["site"] == "leaky.py:43", body["suspects"]  # the slow decoy
    sites = {s["site"]: s for s in body["sites"]}
    assert sites["leaky.py:39"]["suspect"] is False, sites["leaky.py:39"]  # churn: steady
    h = sites[f"leaky.py:{HANDLER_LINE}"]
    # retained bytes of the site match the buffers its closures keep (counted in one analysis
    # of the heap as it is: the listing's may be a little older than its closure counts)
    now = {s["site"]: s for s in d.get_json(f"{W}/leaky/sites?max_age=0")[2]["sites"]}
    per = now[h["site"]]["retained_bytes"] / now[h["site"]]["closures"]
    assert 8000 <= per <= 8048 * 1.03, h
    assert h["growth"]["samples"] >= 3 and h["growth"]["closures_delta"] > 0, h
    assert h["collections_survived"] is not None and h["live_seconds"] > 0, h
    a = body["analysis"]
    assert a["samples"] >= 3 and a["interval_seconds"] > 0 and a["closure_retained_bytes"] > 0, a
    # sorting and its errors
    for sort in ("retained_bytes", "closures", "growth", "env_bytes"):
        status, _, b = d.get_json(f"{W}/leaky/sites?sort={sort}&window=4")
        assert status == 200 and b["sort"] == sort and b["analysis"]["window"] == 4, b
    assert d.get_json(f"{W}/leaky/sites?sort=retained_bytes")[2]["sites"][0]["site"] == f"leaky.py:{HANDLER_LINE}"
    for q in ("sort=size", "window=1", "window=65", "window=x"):
        assert_problem(*d.get_json(f"{W}/leaky/sites?{q}"), 400)


def check_metrics_and_fields(d):
    text = d.get("/metrics")[2].decode()
    m = re.search(r'^closured_closure_retained_bytes\{workload="leaky"\} (\S+)$', text, re.M)
    assert m and float(m.group(1)) > 100000, m
    assert "# TYPE closured_closure_retained_bytes gauge" in text
    w = d.workload("cyclic_closures")
    assert w["collections"] >= 0 and w["longest_pause_seconds"] >= 0, w
    d.wait_for(lambda: d.workload("cyclic_closures")["collections"] > 0, what="collections")
    assert d.workload("cyclic_closures")["longest_pause_seconds"] > 0


def main():
    binary = binary_from_argv()
    with open(example("leaky_handlers")) as f:
        source = f.read() + DECOYS
    assert source.splitlines()[HANDLER_LINE - 1].strip().startswith("def handle"), HANDLER_LINE
    with Daemon(binary, "--workload", example("cyclic_closures")) as d:
        d.upload("leaky", source, tick_ms=10)
        d.wait_for(lambda: closures(d, "leaky", "?limit=1")["total"] >= 30, what="handlers")
        handler = check_retained(d)
        check_analysis_age(d)
        check_one(d, handler)
        check_suspects(d)
        check_metrics_and_fields(d)
    print("ok")


if __name__ == "__main__":
    main()
