#!/usr/bin/env python3
"""scripts/pgo_train.py: the training run of `make release` (profile-guided
optimisation): runs an instrumented closured on the conformance corpus
(tests/conformance, every case but limits/) and on bench/'s runtime
programs, and serves /metrics and the workload listing for a while, so the
profile covers the interpreter, the library and the daemon's hot paths.

The corpus is the general part (as CPython's --enable-optimizations trains
on its regression tests); the bench programs weigh the closure paths the
daemon exists for. bench/RESULTS.md names the build it measured.

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
CORPUS_RUNNER = os.path.join(ROOT, "tests", "conformance", "run.py")
REQUESTS = 300


def run_programs(binary):
    """bench/'s runtime programs, each once."""
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    for name in names:
        r = subprocess.run([binary, "run", name + ".py"], cwd=PROGRAMS,
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            sys.exit(f"pgo_train: {name}.py failed ({r.returncode}): {r.stderr.strip()[-300:]}")
    print(f"pgo_train: {len(names)} bench programs", flush=True)


def run_corpus(binary):
    """Runs the corpus once under the instrumented binary. Its verdicts do not
    matter here (the test suites judge them); only that it ran."""
    r = subprocess.run([sys.executable, CORPUS_RUNNER, binary, "!limits/"],
                       capture_output=True, text=True, timeout=1800)
    tail = (r.stdout.strip().splitlines() or ["(no output)"])[-1]
    print(f"pgo_train: conformance corpus: {tail}", flush=True)


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
    run_corpus(binary)
    run_programs(binary)
    serve(binary)


if __name__ == "__main__":
    main()
