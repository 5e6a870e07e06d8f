"""test_http_edges.py: every malformed or stalled request is answered within about a second,
over raw sockets: 10 GB Content-Length gets 413 at once (before any body), Transfer-Encoding
gzip 400, a hanging request line, a blank line, headers that never end and a truncated chunked
body are closed after the inactivity timeout (1 s), garbage request lines at once; the errors
libmicrohttpd answers itself are the documented ones (docs/api.md), each at once and closing;
a kept-alive connection stays usable for the keep-alive timeout (10 s) between requests while
a request stalled on it is still closed after 1 s; the daemon serves more connections than the
default 1024 open files allow, and --max-connections caps them (further clients wait in the
backlog).
"""
import json
import resource
import socket
import time

from daemon import Daemon, binary_from_argv

TIMEOUT_S = 1  # API_SERVER_IDLE_TIMEOUT_S
KEEPALIVE_S = 10  # API_SERVER_KEEPALIVE_S
SLACK = 1.0    # MHD's timer granularity and a loaded machine


def exchange(port, data, wait=10.0):
    """Sends data, reads until the server closes or answers fully; (seconds, status or None, body)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=wait)
    t0 = time.monotonic()
    try:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            out += chunk
            head, sep, rest = out.partition(b"\r\n\r\n")
            if sep:
                lengths = [int(l.split(b":")[1]) for l in head.split(b"\r\n")
                           if l.lower().startswith(b"content-length:")]
                if lengths and len(rest) >= lengths[0]:
                    break
        elapsed = time.monotonic() - t0
    finally:
        s.close()
    if not out:
        return elapsed, None, None
    head, _, rest = out.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    ctype = [l.split(b":", 1)[1].strip() for l in head.split(b"\r\n") if l.lower().startswith(b"content-type:")]
    if ctype != [b"application/problem+json"]:  # libmicrohttpd's own HTML page
        return elapsed, status, rest
    return elapsed, status, json.loads(rest)


def answered(port, data, want_status, within):
    elapsed, status, body = exchange(port, data)
    assert status == want_status, (data[:60], status, body)
    assert elapsed < within, (data[:60], elapsed)
    return body


def closed(port, data, within=TIMEOUT_S + SLACK):
    elapsed, status, body = exchange(port, data)
    assert status is None, (data[:60], status, body)
    assert elapsed < within, (data[:60], elapsed)


def edges(d):
    p = d.port
    host = f"Host: 127.0.0.1:{p}\r\n".encode()
    post = b"POST /api/v1/workloads HTTP/1.1\r\n" + host + b"Content-Type: application/json\r\n"
    body = answered(p, post + b"Content-Length: 10000000000\r\n\r\n", 413, 0.5)
    assert "10000000000" in body["detail"], body
    # past 2^64 libmicrohttpd answers itself (its HTML page: it gives no hook for that one)
    answered(p, post + b"Content-Length: 99999999999999999999999\r\n\r\n", 413, 0.5)
    answered(p, post + b"Content-Length: 16777217\r\n\r\n", 413, 0.5)
    # a body over 1 MiB sent whole before reading: read and dropped, then a clean 413
    big = b"x" * (2 << 20)
    answered(p, post + b"Content-Length: %d\r\n\r\n" % len(big) + big, 413, 5.0)
    body = answered(p, post + b"Transfer-Encoding: gzip\r\n\r\nxyz", 400, 0.5)
    assert "gzip" in body["detail"], body
    # stalled requests: closed by the inactivity timeout
    closed(p, b"GET /healthz HT")                                   # hanging request line
    closed(p, b"\r\n\r\n")                                          # blank request line
    closed(p, b"GET /healthz HTTP/1.1\r\n" + host + b"X-Never: ends")  # headers never end
    closed(p, post + b"Transfer-Encoding: chunked\r\n\r\n5\r\nab")  # truncated chunked body
    closed(p, post + b"Content-Length: 100\r\n\r\n{\"name\":")      # truncated body
    # garbage request lines: closed at once (libmicrohttpd 0.9.75 sends no 400 for these)
    closed(p, b"GARBAGE\r\n\r\n", within=0.5)
    closed(p, b"GET\r\n\r\n", within=0.5)
    # a complete chunked upload still works
    src = json.dumps({"name": "chunky", "source": "x = 1\n"}).encode()
    chunked = post + b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + \
        b"%x\r\n%s\r\n0\r\n\r\n" % (len(src), src)
    answered(p, chunked, 201, 2.0)
    assert d.get("/healthz")[0] == 200


def mhd_pages(d):
    """The malformed requests libmicrohttpd 0.9.75 answers before any handler of ours runs
    (docs/api.md, "Errors libmicrohttpd answers itself"): its own HTML page, no
    Content-Type, the connection closed; each at once. Everything else is problem+json."""
    p = d.port
    host = f"Host: 127.0.0.1:{p}\r\n".encode()
    post = b"POST /api/v1/workloads HTTP/1.1\r\n" + host + b"Content-Type: application/json\r\n"
    cases = [
        (post + b"Content-Length: abc\r\n\r\n", 400),                      # malformed length
        (post + b"Content-Length: 99999999999999999999999\r\n\r\n", 413),  # past 2^64
        (post + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n", 400),   # bad chunk size
        (post + b"Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n", 413),
        (b"GET /healthz HTTP/1.1\r\n" + host + b"X-Big: " + b"a" * 40000 + b"\r\n\r\n", 431),
        (b"GET /" + b"a" * 40000 + b" HTTP/1.1\r\n" + host + b"\r\n", 414),
        (b"GET /healthz HTTP/2.0\r\n" + host + b"\r\n", 505),
        (b"GET /healthz\r\n\r\n", 400),                                   # HTTP/0.9 line
        (b"GET /healthz HTTP/1.1\r\n" + host + b"NoColonHere\r\n\r\n", 400),
    ]
    for data, status in cases:
        s = socket.create_connection(("127.0.0.1", p), timeout=5)
        t0 = time.monotonic()
        s.sendall(data)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break  # closed by the daemon after its page
            out += chunk
        elapsed = time.monotonic() - t0
        s.close()
        head = out.split(b"\r\n\r\n", 1)[0].lower()
        assert out.startswith(b"HTTP/1.1 %d " % status), (data[:50], out[:80])
        assert elapsed < 0.5, (data[:50], elapsed)
        assert b"connection: close" in head, (data[:50], head)
        # had one of ours answered, it would be problem+json: these are the library's
        assert b"content-type:" not in head, (data[:50], head)
    # the same requests, well formed or without the fault, are ours again: problem+json
    status, headers, body = d.post_json("/api/v1/workloads", raw=b"{")
    assert status == 400 and headers["content-type"] == "application/problem+json", (status, headers)


def request_on(s, port, path="/healthz"):
    """One GET on an open keep-alive socket; returns (status, headers text)."""
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    out = b""
    while b"\r\n\r\n" not in out:
        chunk = s.recv(65536)
        assert chunk, "the daemon closed a kept-alive connection under a request"
        out += chunk
    head, _, rest = out.partition(b"\r\n\r\n")
    length = [int(l.split(b":")[1]) for l in head.split(b"\r\n")
              if l.lower().startswith(b"content-length:")][0]
    while len(rest) < length:
        rest += s.recv(65536)
    return int(head.split(b" ")[1]), head.decode().lower()


def keepalive(d):
    """A connection kept alive after an answer waits KEEPALIVE_S for the next request (and
    says so in Keep-Alive), so a pooled connection reused after a pause works; a request
    stalled on it is still closed after TIMEOUT_S; a silent new connection too."""
    p = d.port
    s = socket.create_connection(("127.0.0.1", p), timeout=KEEPALIVE_S + 5)
    try:
        status, head = request_on(s, p)
        assert status == 200 and f"keep-alive: timeout={KEEPALIVE_S}" in head, head
        time.sleep(TIMEOUT_S * 2.5)  # longer than a request may stall, well under keep-alive
        assert request_on(s, p)[0] == 200
        time.sleep(TIMEOUT_S * 2.5)
        assert request_on(s, p, "/api/v1/status")[0] == 200
        # the next request stalls in its headers: the short timeout applies again
        s.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{p}\r\nX-Never: en".encode())
        t0 = time.monotonic()
        assert s.recv(16) == b""
        elapsed = time.monotonic() - t0
        assert elapsed < TIMEOUT_S + SLACK, elapsed
    finally:
        s.close()
    # idle past the keep-alive timeout: closed
    s = socket.create_connection(("127.0.0.1", p), timeout=KEEPALIVE_S + 5)
    try:
        assert request_on(s, p)[0] == 200
        t0 = time.monotonic()
        assert s.recv(16) == b""
        elapsed = time.monotonic() - t0
        assert KEEPALIVE_S - SLACK < elapsed < KEEPALIVE_S + SLACK, elapsed
    finally:
        s.close()


def many_connections(d):
    """More connections than a default soft limit of 1024 open files allowed."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    n = 1100
    if hard != resource.RLIM_INFINITY and hard < n + 64:
        print(f"hard open-file limit {hard}: checking {hard - 64} connections")
        n = hard - 64
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    socks = []
    try:
        for _ in range(n):
            socks.append(socket.create_connection(("127.0.0.1", d.port), timeout=5))
        # the last one is served: the daemon did not run out of descriptors
        last = socks[-1]
        last.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{d.port}\r\nConnection: close\r\n\r\n".encode())
        assert last.recv(1024).startswith(b"HTTP/1.1 200"), "connection 1100 not served"
    finally:
        for s in socks:
            s.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert not [l for l in d.lines if "Too many open files" in l or "EMFILE" in l], d.lines[-5:]


def capped(binary):
    """Past --max-connections a client waits in the listen backlog until a slot frees (here:
    the held idle connections time out after a second), then it is served."""
    with Daemon(binary, "--max-connections", "3") as d:
        held = [socket.create_connection(("127.0.0.1", d.port), timeout=5) for _ in range(3)]
        try:
            elapsed, status, _ = exchange(
                d.port, f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{d.port}\r\n\r\n".encode())
            assert status == 200 and TIMEOUT_S * 0.8 < elapsed < TIMEOUT_S + SLACK, (status, elapsed)
            for h in held:  # closed by the daemon
                h.settimeout(0.5)
                assert h.recv(16) == b""
        finally:
            for h in held:
                h.close()
        assert d.get("/healthz")[0] == 200


def main():
    binary = binary_from_argv()
    with Daemon(binary) as d:
        edges(d)
        mhd_pages(d)
        keepalive(d)
        many_connections(d)
    capped(binary)
    print("ok")


if __name__ == "__main__":
    main()
