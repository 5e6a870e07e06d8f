"""daemon.py: shared helpers for API tests: start the real closured, talk HTTP, stop it.

Usage:
    with Daemon(binary) as d:            # serve --listen 127.0.0.1:0
        status, headers, body = d.get("/healthz")
    # leaving the block sends SIGTERM and checks exit status 0 (d.returncode)
"""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time

LISTEN_RE = re.compile(r"closured listening on http://([^/\s]+):(\d+)/")

# Seconds a request may wait for its answer before the client gives up (Daemon.request).
REQUEST_TIMEOUT_S = 90


EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")


def example(name):
    """The path of examples/NAME.py."""
    return os.path.normpath(os.path.join(EXAMPLES, name + ".py"))


def assert_problem(status, headers, body, want_status):
    """An application/problem+json answer with type, title, status and detail."""
    assert status == want_status, (status, want_status, body)
    assert headers["content-type"] == "application/problem+json", headers
    for key in ("type", "title", "status", "detail"):
        assert key in body, (key, body)
    assert body["status"] == want_status, body
    assert body["detail"], body


def binary_from_argv():
    """The closured binary: argv[1], or $CLOSURED."""
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CLOSURED")
    if not path:
        sys.exit("usage: test.py PATH/TO/closured")
    return path


class Daemon:
    """A running `closured serve` on an ephemeral loopback port."""

    def __init__(self, binary, *args, start_timeout=30.0):
        self.binary = binary
        self.args = list(args)
        self.start_timeout = start_timeout
        self.proc = None
        self.port = None
        self.lines = []          # every stderr line so far
        self.returncode = None

    def start(self):
        cmd = [self.binary, "serve", "--listen", "127.0.0.1:0", *self.args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True)
        found = threading.Event()

        def pump():
            for line in self.proc.stderr:
                self.lines.append(line.rstrip("\n"))
                sys.stderr.write("[closured] " + line)
                m = LISTEN_RE.search(line)
                if m and not found.is_set():
                    self.port = int(m.group(2))
                    found.set()
            found.set()

        self._pump = threading.Thread(target=pump, daemon=True)
        self._pump.start()
        if not found.wait(self.start_timeout) or self.port is None:
            self.kill()
            raise AssertionError("closured did not log its listening line; stderr:\n"
                                 + "\n".join(self.lines))
        listening = [l for l in self.lines if "listening on" in l]
        assert len(listening) == 1, listening
        return self

    def request(self, method, path, body=None, headers=None):
        """One request on a fresh connection: (status, headers dict lower-cased, body bytes).
        A GET or HEAD the server closed without answering is sent once more, as HTTP lets a
        client do with idempotent requests: the daemon closes a connection idle for a second,
        and a loaded machine can keep its loop thread off the CPU that long after the request
        came in. The socket timeout only guards against a hang (ctest's TIMEOUT bounds the
        whole test) and is not what any test checks, so it is generous: at a load average of
        20-30 the TSan build answers many times slower than on an idle machine."""
        for attempt in (1, 2):
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT_S)
            try:
                conn.request(method, path, body=body, headers=headers or {})
                r = conn.getresponse()
                return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
            except http.client.RemoteDisconnected:
                if attempt == 2 or method not in ("GET", "HEAD"):
                    raise
            finally:
                conn.close()

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def get_json(self, path, headers=None):
        status, headers, body = self.get(path, headers=headers)
        return status, headers, json.loads(body) if body else None

    def post_json(self, path, obj=None, raw=None, headers=None):
        """POST a JSON body (obj serialised, or raw bytes/str as is): (status, headers, parsed body)."""
        h = {"Content-Type": "application/json", **(headers or {})}
        body = raw if raw is not None else (json.dumps(obj) if obj is not None else None)
        status, rh, data = self.request("POST", path, body=body, headers=h)
        return status, rh, json.loads(data) if data else None

    def delete(self, path, headers=None):
        h = {"Content-Type": "application/json", **(headers or {})}
        status, rh, data = self.request("DELETE", path, headers=h)
        return status, rh, json.loads(data) if data else None

    def upload(self, name, source, **fields):
        """POST /api/v1/workloads; asserts 201 and returns the workload."""
        headers = fields.pop("headers", None)
        status, _, body = self.post_json("/api/v1/workloads", {"name": name, "source": source, **fields},
                                         headers=headers)
        assert status == 201, (status, body)
        return body

    def workload(self, name):
        status, _, body = self.get_json(f"/api/v1/workloads/{name}")
        assert status == 200, (status, body)
        return body

    def wait_for(self, predicate, timeout=30.0, interval=0.05, what="condition"):
        """Polls predicate() until it returns a truthy value; returns it or fails after timeout.
        The default is generous: a passing wait ends at its first true poll, and the Sanitize
        and TSan builds on a machine with a load average of 20+ run ten times slower."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            time.sleep(interval)

    def pid(self):
        return self.proc.pid

    def stop(self, sig=signal.SIGTERM, timeout=30.0):
        """Sends sig, waits up to timeout seconds; returns the exit status. The default only
        guards against a hang (freeing a large heap on a loaded machine takes seconds); tests
        that promise a prompt stop assert stop_seconds themselves."""
        if self.proc is None or self.returncode is not None:
            return self.returncode
        self.proc.send_signal(sig)
        t0 = time.monotonic()
        try:
            self.returncode = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"closured did not exit within {timeout}s of signal {sig}")
        self._pump.join(timeout=1)
        self.stop_seconds = time.monotonic() - t0
        return self.returncode

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc:
            self.returncode = self.proc.returncode

    def __enter__(self):
        return self.start()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.kill()
            return False
        rc = self.stop()
        assert rc == 0, f"closured exited with {rc} after SIGTERM"
        return False
