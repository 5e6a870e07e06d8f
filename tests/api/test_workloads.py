"""test_workloads.py: /api/v1/workloads CRUD and lifecycle, output, series, openapi, and every error answer."""
import http.client
import json
import time

from daemon import Daemon, assert_problem, binary_from_argv, example

TICKER = "count = 0\ndef tick():\n    global count\n    count += 1\n    print('tick', count)\n"
W = "/api/v1/workloads"


def check_crud(d):
    status, _, body = d.get_json(W)
    assert status == 200 and body["count"] == 1, body
    assert [w["name"] for w in body["workloads"]] == ["steady_counter"], body

    status, headers, w = d.post_json(W, {"name": "ticker", "source": TICKER, "tick_ms": 10,
                                         "heap_limit_bytes": 8 << 20})
    assert status == 201, (status, w)
    assert headers["location"] == "/api/v1/workloads/ticker", headers
    assert headers["content-type"] == "application/json", headers
    for key in ("name", "state", "origin", "filename", "tick_ms", "heap_limit_bytes", "has_tick",
                "created", "started", "uptime_seconds", "ticks_total", "errors_total", "restarts",
                "heap_bytes", "heap_objects", "closures", "env_bytes", "env_shallow_bytes",
                "error", "source"):
        assert key in w, (key, w)
    assert w["source"] == TICKER and w["heap_limit_bytes"] == 8 << 20 and w["tick_ms"] == 10, w

    w = d.wait_for(lambda: (lambda x: x if x["ticks_total"] >= 5 else None)(d.workload("ticker")),
                   what="ticks")
    assert w["has_tick"] and w["state"] == "running", w

    # output?since=SEQ
    status, _, out = d.get_json(f"{W}/ticker/output")
    assert status == 200 and out["count"] >= 5, out
    assert out["lines"][0]["text"] == "tick 1" and out["lines"][0]["seq"] == 1, out
    last = out["last_seq"]
    status, _, out2 = d.get_json(f"{W}/ticker/output?since={last}")
    assert all(l["seq"] > last for l in out2["lines"]), out2

    # pause: ticks stop; resume: they go on
    status, _, w = d.post_json(f"{W}/ticker/pause")
    assert status == 200 and w["state"] == "paused", w
    time.sleep(0.1)
    t0 = d.workload("ticker")["ticks_total"]
    time.sleep(0.2)
    assert d.workload("ticker")["ticks_total"] == t0, "ticks while paused"
    assert_problem(*d.post_json(f"{W}/ticker/pause"), 409)
    status, _, w = d.post_json(f"{W}/ticker/resume")
    assert status == 200 and w["state"] == "running", w
    d.wait_for(lambda: d.workload("ticker")["ticks_total"] > t0, what="ticks after resume")
    assert_problem(*d.post_json(f"{W}/ticker/resume"), 409)

    # restart: a new runtime, counters kept
    status, _, w = d.post_json(f"{W}/ticker/restart")
    assert status == 200 and w["restarts"] == 1 and w["state"] == "running", w

    # series: per-second samples
    d.wait_for(lambda: d.get_json(f"{W}/ticker/series")[2]["count"] >= 2, what="2 samples")
    status, _, s = d.get_json(f"{W}/ticker/series")
    assert s["interval_seconds"] == 1 and s["capacity"] == 600, s
    for key in ("time", "heap_bytes", "heap_objects", "closures", "env_bytes", "env_shallow_bytes",
                "collections", "collections_total", "max_pause_seconds"):
        assert key in s["samples"][-1], (key, s)
    assert len(s["samples"][-1]["collections"]) == 3, s

    # a workload that fails keeps its traceback
    d.upload("crash", "def tick():\n    return 1 // 0\n", tick_ms=10)
    w = d.wait_for(lambda: (lambda x: x if x["state"] == "failed" else None)(d.workload("crash")),
                   what="crash fails")
    assert w["error"]["type"] == "ZeroDivisionError", w
    assert "ZeroDivisionError" in w["error"]["traceback"], w
    assert w["errors_total"] == 1, w
    status, _, w = d.post_json(f"{W}/crash/restart")
    assert status == 200 and w["state"] == "running", w

    # a workload's stderr joins its output; it has no input: input() is EOFError
    d.upload("stdio", "import sys\nprint('out')\nprint('err', file=sys.stderr)\n"
                      "sys.stderr.write('raw\\n')\nx = input('prompt> ')\n")
    w = d.wait_for(lambda: (lambda x: x if x["state"] == "failed" else None)(d.workload("stdio")),
                   what="stdio fails at input()")
    assert (w["error"]["type"], w["error"]["message"]) == ("EOFError", "EOF when reading a line"), w
    lines = [l["text"] for l in d.get_json(f"{W}/stdio/output")[2]["lines"]]
    assert lines[:3] == ["out", "err", "raw"], lines
    assert d.delete(f"{W}/stdio")[0] == 204

    # delete
    status, headers, body = d.delete(f"{W}/crash")
    assert status == 204 and body is None, (status, body)
    assert "content-type" not in headers, headers  # no body, so no media type
    assert_problem(*d.get_json(f"{W}/crash"), 404)
    status, _, body = d.get_json(W)
    assert sorted(w["name"] for w in body["workloads"]) == ["steady_counter", "ticker"], body


def check_errors(d):
    # 404: unknown workload, unknown route, unknown closure sub-resource
    for path in (f"{W}/nope", f"{W}/nope/closures", f"{W}/nope/gc", f"{W}/nope/output",
                 f"{W}/nope/series", f"{W}/nope/heap", f"{W}/nope/sites", f"{W}/nope/gc/events",
                 "/api/v1/nothing", "/api/v2/workloads"):
        status, headers, body = d.get_json(path)
        assert_problem(status, headers, body, 404)
    for path in (f"{W}/nope/pause", f"{W}/nope/resume", f"{W}/nope/restart", f"{W}/nope/gc"):
        assert_problem(*d.post_json(path), 404)
    assert_problem(*d.delete(f"{W}/nope"), 404)

    # 405 with Allow
    for method, path, allow in (("PUT", W, "GET, HEAD, POST"), ("POST", f"{W}/ticker", "GET, HEAD, DELETE"),
                                ("DELETE", "/api/v1/status", "GET, HEAD"), ("GET", f"{W}/ticker/pause", "POST"),
                                ("POST", "/metrics", "GET, HEAD")):
        status, headers, body = d.request(method, path, body=b"{}" if method != "GET" else None)
        assert_problem(status, headers, json.loads(body), 405)
        assert headers["allow"] == allow, (path, headers)

    # 400: malformed JSON and fields of the wrong type
    status, headers, body = d.post_json(W, raw="{not json")
    assert_problem(status, headers, body, 400)
    assert "JSON" in body["detail"], body
    for bad, word in (([1, 2], "object"), ({"source": "x = 1"}, "name"), ({"name": 5, "source": "x"}, "name"),
                      ({"name": "ok"}, "source"), ({"name": "ok", "source": 3}, "source"),
                      ({"name": "ok", "source": "x=1", "tick_ms": "fast"}, "tick_ms"),
                      ({"name": "ok", "source": "x=1", "tick_ms": 0}, "tick_ms"),
                      ({"name": "ok", "source": "x=1", "tick_ms": 1.5}, "tick_ms"),
                      ({"name": "ok", "source": "x=1", "heap_limit_bytes": -1}, "heap_limit_bytes"),
                      ({"name": "ok", "source": "x=1", "heap_limit_bytes": "1M"}, "heap_limit_bytes"),
                      ({"name": "../etc", "source": "x=1"}, "name"), ({"name": "", "source": "x=1"}, "name"),
                      ({"name": "ok", "source": "x=1", "bogus": 1}, "bogus")):
        status, headers, body = d.post_json(W, bad)
        assert_problem(status, headers, body, 400)
        assert word in body["detail"], (bad, body)
    assert_problem(*d.post_json(W, raw=""), 400)
    # nested past the parser's limit: a 400 that says so, not a syntax error (nor a crash)
    for depth in (999, 1000, 100000):  # arrays inside the body's object
        raw = '{"name": "deep", "source": "x = 1\\n", "x": ' + "[" * depth + "]" * depth + "}"
        status, headers, body = d.post_json(W, raw=raw)
        assert_problem(status, headers, body, 400)
        if depth < 1000:
            assert "JSON" not in body["detail"], (depth, body)  # parsed: the field "x" is unknown
        else:
            assert "more than 1000 deep" in body["detail"], (depth, body)
    assert d.get("/api/v1/workloads/deep")[0] == 404

    # 400: a syntax error, with line and column
    status, headers, body = d.post_json(W, {"name": "broken", "source": "x = 1\ndef f(:\n    pass\n"})
    assert_problem(status, headers, body, 400)
    assert body["line"] == 2 and body["column"] >= 1, body
    assert "line 2" in body["detail"] and "column" in body["detail"], body
    assert body["error"]["type"] == "SyntaxError", body
    assert_problem(*d.get_json(f"{W}/broken"), 404)

    # 409: duplicate name (an upload, and a file workload)
    assert_problem(*d.post_json(W, {"name": "ticker", "source": "x = 1"}), 409)
    assert_problem(*d.post_json(W, {"name": "steady_counter", "source": "x = 1"}), 409)

    # 413: body over 1 MiB
    big = json.dumps({"name": "big", "source": "#" * (1 << 20)})
    conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
    conn.request("POST", W, body=big, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    body = json.loads(r.read())
    assert_problem(r.status, {k.lower(): v for k, v in r.getheaders()}, body, 413)
    conn.close()
    assert_problem(*d.get_json(f"{W}/big"), 404)

    # 400: bad query parameters
    for q in ("since=-1", "since=abc", "since=1.5"):
        assert_problem(*d.get_json(f"{W}/ticker/output?{q}"), 400)


def check_openapi(d):
    status, headers, doc = d.get_json("/api/v1/openapi.json")
    assert status == 200 and headers["content-type"] == "application/json", headers
    assert doc["openapi"].startswith("3."), doc.get("openapi")
    paths = doc["paths"]
    for path, methods in (("/healthz", ["get"]), ("/metrics", ["get"]), ("/api/v1/status", ["get"]),
                          ("/api/v1/events", ["get"]), ("/api/v1/workloads", ["get", "post"]),
                          ("/api/v1/workloads/{name}", ["get", "delete"]),
                          ("/api/v1/workloads/{name}/pause", ["post"]),
                          ("/api/v1/workloads/{name}/resume", ["post"]),
                          ("/api/v1/workloads/{name}/restart", ["post"]),
                          ("/api/v1/workloads/{name}/closures", ["get"]),
                          ("/api/v1/workloads/{name}/closures/{id}", ["get"]),
                          ("/api/v1/workloads/{name}/sites", ["get"]),
                          ("/api/v1/workloads/{name}/heap", ["get"]),
                          ("/api/v1/workloads/{name}/gc", ["get", "post"]),
                          ("/api/v1/workloads/{name}/gc/events", ["get"]),
                          ("/api/v1/workloads/{name}/output", ["get"]),
                          ("/api/v1/workloads/{name}/series", ["get"])):
        assert path in paths, path
        for m in methods:
            assert m in paths[path], (path, m)


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("steady_counter")) as d:
        check_crud(d)
        check_errors(d)
        check_openapi(d)
        status, _, st = d.get_json("/api/v1/status")
        for key in ("version", "pid", "uptime_seconds", "workloads", "totals"):
            assert key in st, (key, st)
        assert st["pid"] == d.pid() and st["uptime_seconds"] > 0, st
        assert st["workloads"]["total"] == 2 and st["workloads"]["running"] == 2, st
        assert st["totals"]["heap_bytes"] > 0, st
    assert d.returncode == 0
    print("ok")


if __name__ == "__main__":
    main()
