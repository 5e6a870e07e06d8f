"""test_prometheus.py: a real Prometheus server on loopback scrapes two daemons; its query API
returns closured_closures for both. Bounded in time; everything it starts is stopped."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from daemon import Daemon, binary_from_argv, example


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query(port, expr):
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def main():
    binary = binary_from_argv()
    prometheus = shutil.which("prometheus")
    if not prometheus:
        sys.exit("prometheus is missing: scripts/deps.sh test installs Debian's prometheus package")
    with Daemon(binary, "--workload", example("seed_multiplier")) as a, \
            Daemon(binary, "--workload", example("leaky_handlers")) as b, \
            tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "prometheus.yml")
        with open(config, "w") as f:
            f.write(f"""global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: closured
    static_configs:
      - targets: ['127.0.0.1:{a.port}', '127.0.0.1:{b.port}']
""")
        port = free_port()
        proc = subprocess.Popen([prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp}/data",
                                 f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 40
            result = []
            while time.monotonic() < deadline:
                time.sleep(0.5)
                assert proc.poll() is None, proc.stderr.read()
                try:
                    r = query(port, "closured_closures")
                except OSError:
                    continue
                result = r["data"]["result"] if r.get("status") == "success" else []
                if {x["metric"].get("workload") for x in result} >= {"seed_multiplier", "leaky_handlers"}:
                    break
            got = {(x["metric"]["instance"], x["metric"]["workload"]): float(x["value"][1]) for x in result}
            assert got.get((f"127.0.0.1:{a.port}", "seed_multiplier")) == 5.0, got
            assert got.get((f"127.0.0.1:{b.port}", "leaky_handlers"), 0) >= 10, got
            up = query(port, "up")["data"]["result"]
            assert len(up) == 2 and all(x["value"][1] == "1" for x in up), up
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    print("ok")


if __name__ == "__main__":
    main()
