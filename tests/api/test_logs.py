"""test_logs.py: --log-format json writes one JSON object a line (time, level, message, and
fields such as workload); --access-log writes one line per request, in the Combined Log Format
or as JSON, with the request id the answer carries as X-Request-Id; SIGHUP reopens the file."""
import json
import os
import re
import signal
import tempfile
import time

from daemon import Daemon, binary_from_argv, example

TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def read_lines(path, want, timeout=5):
    deadline = time.monotonic() + timeout
    while True:
        with open(path) as f:
            lines = f.read().splitlines()
        if len(lines) >= want or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        access = os.path.join(tmp, "access.log")
        with Daemon(binary, "--log-format", "json", "--access-log", access,
                    "--workload", example("seed_multiplier")) as d:
            d.wait_for(lambda: d.workload("seed_multiplier")["state"] == "finished", what="seed done")
            status, headers, _ = d.get("/healthz", headers={"User-Agent": "log-test/1.0"})
            rid = headers["x-request-id"]
            d.get("/nope?x=1")
            d.upload("broken", "def tick():\n    raise ValueError('boom')\n")
            d.wait_for(lambda: d.workload("broken")["state"] == "failed", what="failure")
            entries = [json.loads(l) for l in read_lines(access, 4)]
            os.rename(access, access + ".1")  # rotation: rename, then SIGHUP reopens
            os.kill(d.pid(), signal.SIGHUP)
            d.wait_for(lambda: os.path.exists(access), what="access log reopened")
            d.get("/healthz")
            after = read_lines(access, 1)
        lines = [json.loads(l) for l in d.lines]  # every stderr line is one JSON object
        for e in lines:
            assert TIME.match(e["time"]) and e["level"] in ("debug", "info", "warn", "error"), e
            assert isinstance(e["message"], str) and e["message"], e
        assert any(e["message"].startswith("closured listening on http://127.0.0.1:") for e in lines), lines
        started = [e for e in lines if e.get("workload") == "seed_multiplier" and "started" in e["message"]]
        assert started and started[0]["level"] == "info", lines
        failed = [e for e in lines if e.get("workload") == "broken" and e["level"] == "error"]
        assert failed and "ValueError: boom" in failed[0]["message"], lines

        health = [e for e in entries if e["path"] == "/healthz" and e.get("user_agent") == "log-test/1.0"]
        assert len(health) == 1, entries
        h = health[0]
        assert h["request_id"] == rid and h["status"] == 200 and h["method"] == "GET", h
        assert h["remote"] == "127.0.0.1" and h["bytes"] > 0 and 0 <= h["duration_seconds"] < 5, h
        assert h["message"] == "GET /healthz 200" and TIME.match(h["time"]), h
        assert any(e["path"] == "/nope" and e["status"] == 404 for e in entries), entries
        ids = [int(e["request_id"]) for e in entries]
        assert ids == sorted(ids) and len(set(ids)) == len(ids), ids
        assert len(after) == 1 and json.loads(after[0])["path"] == "/healthz", after

        # text: the Combined Log Format, to the log's own stream with "-"
        with Daemon(binary, "--access-log", "-") as d:
            d.get("/metrics", headers={"User-Agent": "curl/8"})
            d.wait_for(lambda: any('"GET /metrics HTTP/1.1" 200' in l for l in d.lines), what="access line")
        line = next(l for l in d.lines if '"GET /metrics HTTP/1.1"' in l)
        assert re.match(r'^127\.0\.0\.1 - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET /metrics HTTP/1\.1" 200 \d+ "-" "curl/8" \d+\.\d{6} \d+$',
                        line), line
        assert any(re.match(r"^\S+Z info  closured listening on", l) for l in d.lines), d.lines
    print("ok")


if __name__ == "__main__":
    main()
