#!/usr/bin/env python3
"""scripts/pgo_train.py: the training run of `make release` (profile-guided
optimisation): runs an instrumented closured on the runtime programs of
bench/ and serves /metrics and the workload listing for a while, so the
profile covers the interpreter and the daemon's hot paths alike.

usage: scripts/pgo_train.py BUILD/closured"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
# The programs bench/RESULTS.md times (each also has a Lua twin there).
TRAIN = ["closure_call", "nonlocal_counter", "env_churn", "cycles", "memo", "mix",
         "generators", "objects"]
REQUESTS = 300


def run_programs(binary):
    for name in TRAIN:
        r = subprocess.run([binary, "run", name + ".py"], cwd=PROGRAMS,
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            sys.exit(f"pgo_train: {name}.py failed ({r.returncode}): {r.stderr.strip()[-300:]}")
        print(f"pgo_train: {name}.py", flush=True)


def serve(binary):
    log = tempfile.TemporaryFile(mode="w+")
    d = subprocess.Popen([binary, "serve", "--listen", "127.0.0.1:0",
                          "--workloads", os.path.join(ROOT, "examples")],
                         stderr=log, stdout=subprocess.DEVNULL, text=True)
    try:
        port = None
        deadline = time.monotonic() + 30
        while not port and time.monotonic() < deadline and d.poll() is None:
            time.sleep(0.05)
            log.seek(0)
            m = re.search(r"listening on http://[^/\s]+:(\d+)/", log.read())
            port = m.group(1) if m else None
        if not port:
            sys.exit("pgo_train: the daemon did not say where it listens")
        for path in ("/metrics", "/api/v1/workloads", "/healthz"):
            for _ in range(REQUESTS):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
                    r.read()
        print(f"pgo_train: {3 * REQUESTS} requests served", flush=True)
    finally:
        d.send_signal(signal.SIGTERM)
        try:
            d.wait(timeout=30)
        except subprocess.TimeoutExpired:
            d.kill()
            d.wait()
        log.close()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    binary = os.path.abspath(sys.argv[1])
    run_programs(binary)
    serve(binary)


if __name__ == "__main__":
    main()
