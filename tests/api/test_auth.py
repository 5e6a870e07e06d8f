"""test_auth.py: --token-file guards mutating routes with a bearer token (401 + WWW-Authenticate);
reads stay open unless --token-required-for-reads; /healthz never needs it."""
import http.client
import os
import tempfile

from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads"
TOKEN = "s3cret-token"
GOOD = {"Authorization": f"Bearer {TOKEN}"}


def check_401(status, headers, body):
    assert_problem(status, headers, body, 401)
    assert headers["www-authenticate"].startswith("Bearer"), headers


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        token_file = os.path.join(tmp, "token")
        with open(token_file, "w") as f:
            f.write(f"  {TOKEN}  \n")
        with Daemon(binary, "--token-file", token_file, "--workload", example("steady_counter")) as d:
            up = {"name": "x", "source": "y = 1\n"}
            check_401(*d.post_json(W, up))
            check_401(*d.post_json(W, up, headers={"Authorization": "Bearer wrong"}))
            check_401(*d.post_json(W, up, headers={"Authorization": f"Basic {TOKEN}"}))
            check_401(*d.post_json(f"{W}/steady_counter/pause"))
            check_401(*d.post_json(f"{W}/steady_counter/gc", {"generation": 0}))
            check_401(*d.delete(f"{W}/steady_counter"))
            check_401(*d.post_json(f"{W}/nope/restart"))  # auth before lookup: no existence leak
            status, _, w = d.post_json(W, up, headers=GOOD)
            assert status == 201, w
            status, _, w = d.post_json(f"{W}/steady_counter/pause", headers=GOOD)
            assert status == 200 and w["state"] == "paused", w
            status, _, _ = d.delete(f"{W}/x", headers=GOOD)
            assert status == 204
            # reads are open
            for path in ("/healthz", "/metrics", "/api/v1/status", W, f"{W}/steady_counter/closures"):
                assert d.get(path)[0] == 200, path
            assert d.get_json("/api/v1/status")[2]["http"]["token_required"] is True

        with Daemon(binary, "--token-file", token_file, "--token-required-for-reads") as d:
            for path in ("/metrics", "/api/v1/status", W, "/api/v1/events"):
                check_401(*d.get_json(path))
            assert d.get("/healthz")[0] == 200
            assert d.get("/")[0] == 200  # the dashboard's files are public
            status, _, body = d.get_json("/api/v1/status", headers=GOOD)
            assert status == 200 and body["http"]["token_required_for_reads"] is True, body
            # EventSource cannot send headers: the event stream (only) takes ?token=
            conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
            conn.request("GET", f"/api/v1/events?token={TOKEN}")
            r = conn.getresponse()  # headers only: the body is the endless stream
            assert r.status == 200 and r.getheader("Content-Type").startswith("text/event-stream")
            conn.close()
            check_401(*d.get_json("/api/v1/events?token=wrong"))
            check_401(*d.get_json(f"{W}?token={TOKEN}"))
            check_401(*d.get_json(f"/api/v1/status?token={TOKEN}"))

        # an unreadable or empty token file stops start-up
        empty = os.path.join(tmp, "empty")
        open(empty, "w").close()
        for path in (empty, os.path.join(tmp, "missing")):
            d = Daemon(binary, "--token-file", path)
            try:
                d.start()
                raise AssertionError("started without a usable token")
            except AssertionError as e:
                assert "did not log its listening line" in str(e), e
            assert d.returncode == 1, d.returncode
            assert any("--token-file" in line for line in d.lines), d.lines
    print("ok")


if __name__ == "__main__":
    main()
