"""test_prometheus.py: a real Prometheus server on loopback scrapes closured the way
docs/monitoring.md says (file-based service discovery, the alerting rules loaded), in both
formats: one daemon directly (Prometheus negotiates OpenMetrics) and one through a proxy that
asks for the classic text format. Then every PromQL query of the Grafana dashboard
(contrib/grafana/closured.json, template variables substituted) must return series.
Bounded in time; everything it starts is stopped."""
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

from daemon import Daemon, binary_from_argv, example

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
RULES = os.path.join(ROOT, "contrib", "prometheus", "closured.rules.yml")
DASHBOARD = os.path.join(ROOT, "contrib", "grafana", "closured.json")
# Grafana's template variables as the test fills them: every instance, every workload, and a
# rate window a few scrapes long (Grafana's $__rate_interval is at least four scrape intervals).
VARIABLES = {"$__rate_interval": "10s", "$instance": ".*", "$workload": ".*"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(port, path, **params):
    url = f"http://127.0.0.1:{port}{path}?" + urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(url, timeout=5) as r:
        body = json.loads(r.read())
    assert body.get("status") == "success", body
    return body["data"]


def query(port, expr):
    return api(port, "/api/v1/query", query=expr)["result"]


def substitute(expr):
    for k, v in VARIABLES.items():
        expr = expr.replace(k, v)
    assert "$" not in expr, expr
    return expr


def dashboard_queries():
    """[(panel title, expr)] of every panel, rows' nested panels included."""
    with open(DASHBOARD) as f:
        dash = json.load(f)
    out = []
    stack = list(dash["panels"])
    while stack:
        p = stack.pop(0)
        stack.extend(p.get("panels", []))
        if p["type"] == "row":
            continue
        assert p.get("targets"), p["title"]
        assert p["datasource"]["uid"] == "${datasource}", p["title"]
        out.extend((p["title"], t["expr"]) for t in p["targets"])
    names = [v["name"] for v in dash["templating"]["list"]]
    assert names == ["datasource", "instance", "workload"], names
    return dash, out


class TextProxy(http.server.BaseHTTPRequestHandler):
    """Forwards GET /metrics to the daemon asking for the classic text format only."""
    upstream = None

    def do_GET(self):
        req = urllib.request.Request(self.upstream + self.path, headers={"Accept": "text/plain;version=0.0.4"})
        with urllib.request.urlopen(req, timeout=5) as r:
            body, ctype = r.read(), r.headers["Content-Type"]
        assert ctype.startswith("text/plain; version=0.0.4"), ctype
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    binary = binary_from_argv()
    prometheus = shutil.which("prometheus")
    if not prometheus:
        sys.exit("prometheus is missing: scripts/deps.sh test installs Debian's prometheus package")
    dash, queries = dashboard_queries()
    with Daemon(binary, "--workload", example("seed_multiplier"), "--workload", example("cyclic_closures")) as a, \
            Daemon(binary, "--workload", example("leaky_handlers")) as b, \
            tempfile.TemporaryDirectory() as tmp:
        TextProxy.upstream = f"http://127.0.0.1:{b.port}"
        proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), TextProxy)
        threading.Thread(target=proxy.serve_forever, daemon=True).start()
        text_target = f"127.0.0.1:{proxy.server_address[1]}"
        om_target = f"127.0.0.1:{a.port}"
        with open(os.path.join(tmp, "closured.json"), "w") as f:
            json.dump([{"targets": [om_target], "labels": {"env": "test"}}], f)
        config = os.path.join(tmp, "prometheus.yml")
        with open(config, "w") as f:
            f.write(f"""global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
rule_files:
  - {RULES}
scrape_configs:
  - job_name: closured
    file_sd_configs:
      - files: ['{tmp}/closured*.json']
        refresh_interval: 5s
  - job_name: closured-text
    static_configs:
      - targets: ['{text_target}']
""")
        port = free_port()
        proc = subprocess.Popen([prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp}/data",
                                 f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 40
            got = {}
            while time.monotonic() < deadline:
                time.sleep(0.5)
                assert proc.poll() is None, proc.stderr.read()
                try:
                    result = query(port, "closured_closures")
                except (OSError, AssertionError):
                    continue
                got = {(x["metric"]["instance"], x["metric"]["workload"]): float(x["value"][1]) for x in result}
                if (om_target, "seed_multiplier") in got and (text_target, "leaky_handlers") in got:
                    break
            assert got.get((om_target, "seed_multiplier")) == 5.0, got
            assert got.get((text_target, "leaky_handlers"), 0) >= 10, got
            up = query(port, "up")
            assert len(up) == 2 and all(x["value"][1] == "1" for x in up), up
            assert {x["metric"].get("env") for x in up if x["metric"]["job"] == "closured"} == {"test"}, up

            # OpenMetrics was negotiated for the direct target: its _created samples exist
            # (Prometheus ingests them as series); the text-format target has none.
            created = query(port, "closured_allocated_bytes_created")
            instances = {x["metric"]["instance"] for x in created}
            assert instances == {om_target}, created
            started = a.workload("seed_multiplier")["created"]
            seed = [x for x in created if x["metric"]["workload"] == "seed_multiplier"]
            assert abs(float(seed[0]["value"][1]) - started) < 1, (seed, started)
            info = query(port, "closured_build_info")
            assert {x["metric"]["instance"] for x in info} == {om_target, text_target}, info

            # The alerting rules loaded and evaluated cleanly.
            groups = api(port, "/api/v1/rules")["groups"]
            rules = [r for g in groups for r in g["rules"]]
            assert len(rules) == 5 and all(r["health"] == "ok" for r in rules), rules

            # The dashboard's variables and every panel's query return series.
            for var in dash["templating"]["list"][1:]:
                q = var["query"]["query"]
                metric, label = q[len("label_values("):-1].rsplit(", ", 1)
                values = api(port, f"/api/v1/label/{label}/values", **{"match[]": substitute(metric)})
                want = {om_target, text_target} if label == "instance" else {"seed_multiplier", "leaky_handlers"}
                assert want <= set(values), (q, values)
            pending = list(queries)
            while pending and time.monotonic() < deadline + 20:
                pending = [(t, e) for t, e in pending if not query(port, substitute(e))]
                if pending:
                    time.sleep(1)
            assert not pending, f"dashboard queries without series: {pending}"
            print(f"{len(queries)} dashboard queries returned series")
        finally:
            proxy.shutdown()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    print("ok")


if __name__ == "__main__":
    main()
