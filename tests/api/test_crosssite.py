"""test_crosssite.py: no web page can drive the daemon. Mutations need Content-Type:
application/json (an HTML form cannot send it: text/plain, x-www-form-urlencoded and
multipart/form-data get 415 and change nothing); a foreign Origin gets 403; a Host that is not
the daemon's (DNS rebinding) gets 421; HTTP/1.1 without Host gets 400; --allow-host and
--allow-origin (command line and config file) widen the rules."""
import json
import os
import socket
import tempfile

from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads"
UPLOAD = json.dumps({"name": "evil", "source": "print('pwned')\n"})


def parsed(status, headers, body):
    return status, headers, json.loads(body) if body else None


def raw(port, data):
    """Sends raw bytes on a fresh connection; returns (status, body dict or None)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(data)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out:
                head, _, rest = out.partition(b"\r\n\r\n")
                length = [int(l.split(b":")[1]) for l in head.split(b"\r\n")
                          if l.lower().startswith(b"content-length:")]
                if length and len(rest) >= length[0]:
                    break
    head, _, rest = out.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    return status, json.loads(rest) if rest else None


def cross_site_forms(d):
    """The three content types an HTML form can send without a preflight."""
    for ctype, body in (("text/plain", UPLOAD),
                        ("application/x-www-form-urlencoded", "name=evil&source=print(1)"),
                        ("multipart/form-data; boundary=XyZ",
                         "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nevil\r\n--XyZ--\r\n")):
        assert_problem(*parsed(*d.request("POST", W, body=body, headers={"Content-Type": ctype})), 415)
    # a JSON body without the header is refused just the same; so is a missing body's type
    assert_problem(*parsed(*d.request("POST", W, body=UPLOAD)), 415)
    for path in (f"{W}/steady_counter/pause", f"{W}/steady_counter/gc", f"{W}/steady_counter/restart",
                 f"{W}/steady_counter/snapshots"):
        assert_problem(*parsed(*d.request("POST", path, body="{}", headers={"Content-Type": "text/plain"})), 415)
    assert_problem(*parsed(*d.request("DELETE", f"{W}/steady_counter")), 415)
    # nothing changed
    status, _, lst = d.get_json(W)
    assert [w["name"] for w in lst["workloads"]] == ["steady_counter"], lst
    assert lst["workloads"][0]["state"] == "running", lst
    assert d.get_json(f"{W}/steady_counter/snapshots")[2]["count"] == 0
    # JSON with parameters is JSON
    status, _, w = d.post_json(W, raw=UPLOAD.replace("evil", "ok1"),
                               headers={"Content-Type": "Application/JSON; charset=utf-8"})
    assert status == 201, w


def origins(d):
    own = f"http://127.0.0.1:{d.port}"
    bad = {"Content-Type": "application/json", "Origin": "http://attacker.example"}
    assert_problem(*d.post_json(f"{W}/steady_counter/pause", headers=bad), 403)
    assert_problem(*d.post_json(W, {"name": "evil", "source": "x = 1\n"}, headers=bad), 403)
    assert_problem(*d.get_json(W, headers={"Origin": "http://attacker.example"}), 403)
    assert_problem(*d.get_json(W, headers={"Origin": "null"}), 403)
    # the daemon's own origin (the dashboard) is fine
    status, _, w = d.post_json(f"{W}/steady_counter/pause", headers={"Origin": own})
    assert status == 200 and w["state"] == "paused", w
    status, _, w = d.post_json(f"{W}/steady_counter/resume", headers={"Origin": f"http://localhost:{d.port}",
                                                                       "Host": f"localhost:{d.port}"})
    assert status == 200 and w["state"] == "running", w


def hosts(d):
    port = d.port
    rebound = {"Host": f"attacker.example:{port}"}
    assert_problem(*d.get_json(W, headers=rebound), 421)
    assert_problem(*d.get_json("/", headers=rebound), 421)
    assert_problem(*d.post_json(W, {"name": "evil", "source": "x = 1\n"}, headers=rebound), 421)
    assert_problem(*d.get_json(W, headers={"Host": f"localhost:{port + 1}"}), 421)  # another port
    assert_problem(*d.get_json(W, headers={"Host": "localhost"}), 421)              # port 80
    for good in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", f"LOCALHOST:{port}"):
        assert d.get_json(W, headers={"Host": good})[0] == 200, good
    # HTTP/1.1 needs a Host; HTTP/1.0 may go without
    status, body = raw(port, b"GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n")
    assert status == 400 and "Host" in body["detail"], body
    status, body = raw(port, b"GET /healthz HTTP/1.0\r\n\r\n")
    assert status == 200, body
    status, _, lst = d.get_json(W)
    assert "evil" not in [w["name"] for w in lst["workloads"]], lst


def allowed(binary, tmp):
    cfg = os.path.join(tmp, "closured.json")
    with open(cfg, "w") as f:
        json.dump({"allow_host": ["closured.internal"], "allow_origin": ["https://ops.example"]}, f)
    with Daemon(binary, "--config", cfg, "--workload", example("steady_counter")) as d:
        h = {"Host": "closured.internal", "Origin": "https://ops.example"}
        status, _, w = d.post_json(f"{W}/steady_counter/pause", headers=h)
        assert status == 200, w
        assert d.get_json(W, headers={"Host": "closured.internal:443"})[0] == 200
        assert_problem(*d.get_json(W, headers={"Host": "other.internal"}), 421)
        # the own origin of an allowed host
        assert d.get_json(W, headers={"Host": "closured.internal", "Origin": "https://closured.internal"})[0] == 200
        assert_problem(*d.get_json(W, headers={"Origin": "https://other.example"}), 403)
    with Daemon(binary, "--allow-host", "a.example", "--allow-host", "b.example",
                "--allow-origin", "http://c.example") as d:
        assert d.get_json(W, headers={"Host": "a.example"})[0] == 200
        assert d.get_json(W, headers={"Host": "B.example:1"})[0] == 200
        assert d.get_json(W, headers={"Origin": "http://c.example"})[0] == 200
    with Daemon(binary, "--allow-host", "*") as d:
        assert d.get_json(W, headers={"Host": "anything.example"})[0] == 200


def documented(d):
    """api/openapi.json names every status these checks answer, on every operation."""
    status, _, doc = d.get_json("/api/v1/openapi.json")
    assert status == 200
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            codes = set(op["responses"])
            want = {"400", "403", "421"} | ({"413", "415"} if method != "get" else set())
            assert want <= codes, (method, path, want - codes)


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("steady_counter")) as d:
        cross_site_forms(d)
        origins(d)
        hosts(d)
        documented(d)
    with tempfile.TemporaryDirectory() as tmp:
        allowed(binary, tmp)
    print("ok")


if __name__ == "__main__":
    main()
