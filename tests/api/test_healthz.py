"""test_healthz.py: the real daemon serves /healthz, problem+json 404/405, the embedded dashboard, and stops clean."""
import http.client
import json
import signal

from daemon import Daemon, binary_from_argv


def main():
    binary = binary_from_argv()
    with Daemon(binary) as d:
        status, headers, body = d.get("/healthz")
        assert status == 200, status
        assert headers["content-type"].startswith("application/json"), headers
        assert json.loads(body) == {"status": "ok"}, body

        status, headers, body = d.get("/no/such/route")
        assert status == 404, status
        assert headers["content-type"] == "application/problem+json", headers
        problem = json.loads(body)
        for key in ("type", "title", "status", "detail"):
            assert key in problem, problem
        assert problem["status"] == 404, problem

        status, headers, body = d.request("DELETE", "/healthz")
        assert status == 405, status
        assert "GET" in headers["allow"], headers
        assert headers["content-type"] == "application/problem+json", headers

        status, headers, body = d.get("/")
        assert status == 200, status
        assert headers["content-type"].startswith("text/html"), headers
        assert b"<title>closured</title>" in body, body[:200]
        etag = headers["etag"]
        status, _, body = d.get("/", headers={"If-None-Match": etag})
        assert status == 304 and body == b"", status

        for path, mime in (("/app.js", "text/javascript"), ("/style.css", "text/css")):
            status, headers, _ = d.get(path)
            assert status == 200 and headers["content-type"].startswith(mime), (path, headers)

        # Keep-alive: several answers on one connection (the server must not close it).
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
        for _ in range(3):
            conn.request("GET", "/healthz")
            r = conn.getresponse()
            assert r.status == 200 and r.read() == b'{"status":"ok"}'
            assert (r.getheader("Connection") or "").lower() != "close"
            assert conn.sock is not None, "server closed a keep-alive connection"
        conn.close()

    assert d.returncode == 0, d.returncode
    assert d.stop_seconds < 2.0, d.stop_seconds

    # SIGINT stops as gracefully as SIGTERM, with an idle keep-alive connection open.
    d = Daemon(binary).start()
    conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
    conn.request("GET", "/healthz")
    conn.getresponse().read()
    assert d.stop(signal.SIGINT) == 0, d.returncode
    assert d.stop_seconds < 2.0, d.stop_seconds
    conn.close()
    print("ok")


if __name__ == "__main__":
    main()
