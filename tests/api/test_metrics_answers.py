"""test_metrics_answers.py: how /metrics is answered, apart from what it says. The daemon keeps
the text of its last answer and rewrites only what changed since (test_metrics.c checks that
an answer still held is never rewritten): a slow client's answer comes out whole and as of
its request, whatever scrapes follow; HEAD answers with the same headers and no body; the
two formats keep their own texts; a request with about 8 KB of headers (a cookie-laden
localhost) is answered; pipelined scrapes on a connection left unread come out whole, each
as of its request, while other connections are answered. The server keeps the response object of an answer for the next one
of the same text (api/server.c, answer_kept): scrapes on one kept-alive connection each get
the text as of their request, with one Date header naming the current second, and a text
that grows within the second (pipelined, behind a request of a new status code) is sent
whole, with its own length."""
import email.utils
import http.client
import re
import socket
import time

from daemon import Daemon, binary_from_argv

# A workload that finishes at once: its published view changes only with the publisher's
# period, so most scrapes here reuse the kept text.
SOURCE = "def mk(i):\n    def f():\n        return i\n    return f\nkeep = [mk(i) for i in range(50)]\n"
WORKLOADS = 24  # enough families to make an answer several times a small receive window
OM = "application/openmetrics-text; version=1.0.0"


def ok_count(body):
    """closured_http_requests_total{code="200"} in a text-format answer."""
    m = re.search(rb'^closured_http_requests_total\{code="200"\} (\d+)$', body, re.M)
    assert m, body[-2000:]
    return int(m.group(1))


def read_answer(sock):
    """Reads one HTTP/1.1 answer with Content-Length from sock: (head bytes, body bytes)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    m = re.search(rb"(?im)^content-length: *(\d+)\r?$", head)
    assert m, head
    want = int(m.group(1))
    while len(body) < want:
        chunk = sock.recv(65536)
        assert chunk, (len(body), want)
        body += chunk
    assert len(body) == want, (len(body), want)
    return head, body


def read_answers(sock, n):
    """Reads n HTTP/1.1 answers with Content-Length, sent back to back (pipelined requests),
    from sock: a list of (head bytes, body bytes)."""
    data, out = b"", []
    while len(out) < n:
        head, sep, rest = data.partition(b"\r\n\r\n")
        m = re.search(rb"(?im)^content-length: *(\d+)\r?$", head) if sep else None
        if sep:
            assert m, head
        if m and len(rest) >= int(m.group(1)):
            out.append((head, rest[:int(m.group(1))]))
            data = rest[int(m.group(1)):]
            continue
        chunk = sock.recv(65536)
        assert chunk, (len(out), data[:200])
        data += chunk
    assert data == b"", data[:200]  # nothing past the n answers
    return out


def well_formed(body):
    """Every line a comment or a sample; the text ends where the exposition ends."""
    lines = body.decode().split("\n")
    assert lines[-1] == "", lines[-3:]
    for line in lines[:-1]:
        assert line.startswith("# ") or re.match(r'^[a-zA-Z_:][\w:]*(\{.*\})? \S+$', line), line
    assert lines[-2].startswith("process_start_time_seconds "), lines[-3:]


def main():
    binary = binary_from_argv()
    with Daemon(binary) as d:
        for i in range(WORKLOADS):
            d.upload(f"w{i:02d}", SOURCE)
        d.wait_for(lambda: all(w["state"] == "finished"
                               for w in d.get_json("/api/v1/workloads")[2]["workloads"]),
                   timeout=30, what="every workload finished")

        status, headers, body = d.get("/metrics")
        assert status == 200, status
        assert int(headers["content-length"]) == len(body)
        well_formed(body)
        size = len(body)

        # HEAD: the same headers as GET, no body. (The length may differ a little: values
        # change between the two, the per-second samples and the request counts.)
        status, hhead, hbody = d.request("HEAD", "/metrics")
        assert status == 200 and hbody == b"", (status, hbody[:100])
        assert hhead["content-type"] == headers["content-type"], hhead
        assert abs(int(hhead["content-length"]) - size) < size // 20, (hhead, size)

        # The formats keep their own texts: alternating them never mixes them up.
        for _ in range(3):
            st, h, om = d.get("/metrics", headers={"Accept": OM})
            assert st == 200 and h["content-type"].startswith("application/openmetrics-text")
            assert om.endswith(b"# EOF\n") and b"# UNIT " in om, om[-200:]
            st, h, text = d.get("/metrics")
            assert st == 200 and h["content-type"].startswith("text/plain")
            assert b"# EOF" not in text and b"# UNIT " not in text
            well_formed(text)

        # A slow client: a small receive window leaves most of its answer unsent while
        # other scrapes are answered. Its answer must come out whole and as of its request.
        slow = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
        slow.settimeout(10)
        slow.connect(("127.0.0.1", d.port))
        slow.sendall(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % d.port)
        time.sleep(0.2)  # the daemon has answered and filled the window
        later = []
        for _ in range(5):
            st, _, b = d.get("/metrics")
            assert st == 200
            well_formed(b)
            later.append(ok_count(b))
        head, slow_body = read_answer(slow)
        slow.close()
        assert head.startswith(b"HTTP/1.1 200"), head
        well_formed(slow_body)
        mine = ok_count(slow_body)
        assert later == list(range(later[0], later[0] + 5)), later
        assert mine == later[0] - 1, (mine, later)
        print(f"answer {len(slow_body)} bytes; slow client saw {mine}, later scrapes {later}")

        # Pipelined scrapes on a connection that is not read: the daemon stops sending in
        # the middle of one (an answer this size is more than one segment of the socket's
        # buffer, so the kernel takes part of it) while other connections are answered; the
        # answer it stopped in must come out as of its request, not rewritten by the scrapes
        # answered meanwhile (the request holds the text: api/server.c, answer_kept).
        n = 60
        piped = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        piped.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        piped.settimeout(20)
        piped.connect(("127.0.0.1", d.port))
        piped.sendall(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % d.port * n)
        # the daemon fills the socket's buffers and stops. Not for long: a request that makes
        # no progress for API_SERVER_IDLE_TIMEOUT_S is closed, and on a loaded machine five
        # scrapes can take longer than that. So after each scrape a little of the pipelined
        # stream is read: the daemon sends that much more and stops again, in the middle of an
        # answer (the window is far smaller than one), while the next scrape is answered.
        time.sleep(0.3)
        data, meanwhile = b"", []
        for _ in range(5):
            meanwhile.append(ok_count(d.get("/metrics")[2]))
            chunk = piped.recv(1024)
            assert chunk, len(data)
            data += chunk
        piped_counts = []
        while len(piped_counts) < n:
            head, sep, rest = data.partition(b"\r\n\r\n")
            m = re.search(rb"(?im)^content-length: *(\d+)\r?$", head) if sep else None
            if m and len(rest) >= int(m.group(1)):
                assert head.startswith(b"HTTP/1.1 200"), head
                body, data = rest[:int(m.group(1))], rest[int(m.group(1)):]
                well_formed(body)
                piped_counts.append(ok_count(body))
                continue
            chunk = piped.recv(1 << 20)
            assert chunk, (len(piped_counts), len(data))
            data += chunk
        piped.close()
        # Each count is some one answer's: none of the pipelined answers says a count the
        # others were answered with (an answer rewritten while it waited would: it would end
        # with a later scrape's tail), whether the daemon stopped before or between them.
        assert not set(piped_counts) & set(meanwhile), (piped_counts, meanwhile)
        assert piped_counts == sorted(set(piped_counts)), piped_counts

        # Scrapes on one kept-alive connection: each answer as of its request (the count
        # moves by one each time, though the text is rewritten in place and its response
        # object kept), one Date header of the current second, the same other headers.
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
        counts, seen = [], []
        for _ in range(6):
            before = time.time()
            conn.request("GET", "/metrics")
            r = conn.getresponse()
            b = r.read()
            after = time.time()
            assert r.status == 200 and int(r.getheader("Content-Length")) == len(b)
            dates = [v for k, v in r.getheaders() if k.lower() == "date"]
            assert len(dates) == 1, r.getheaders()
            assert re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT",
                                dates[0]), dates
            when = email.utils.parsedate_to_datetime(dates[0]).timestamp()
            assert int(before) - 1 <= when <= after + 1, (dates[0], before, after)
            assert r.getheader("Content-Type").startswith("text/plain"), r.getheaders()
            assert r.getheader("Keep-Alive") == "timeout=10", r.getheaders()
            well_formed(b)
            counts.append(ok_count(b))
            seen.append(dates[0])
            if len(counts) == 3:
                time.sleep(1.1)  # the next answers name a later second
        conn.close()
        assert counts == list(range(counts[0], counts[0] + 6)), counts
        assert seen[3] != seen[2], seen
        # Other answers keep libmicrohttpd's own Date, once.
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=10)
        conn.request("GET", "/healthz")
        r = conn.getresponse()
        r.read()
        assert len([k for k, _ in r.getheaders() if k.lower() == "date"]) == 1, r.getheaders()
        conn.close()

        # A text that changes length within the same second, on one kept-alive connection with
        # its requests pipelined: the response object kept for a text (answer_kept) must not be
        # reused for a text of another length. The first request of a status code never
        # answered before adds a line to closured_http_requests_total; PUT /metrics is
        # answered 405, which nothing above asked for.
        sock = socket.create_connection(("127.0.0.1", d.port), timeout=10)
        get_metrics = b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % d.port
        put_metrics = (b"PUT /metrics HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                       b"Content-Length: 0\r\n\r\n" % d.port)
        sock.sendall(get_metrics)
        [(head1, body1)] = read_answers(sock, 1)
        sock.sendall(get_metrics + put_metrics + get_metrics + get_metrics)
        (head2, body2), (head3, _), (head4, body4), (head5, body5) = read_answers(sock, 4)
        sock.close()
        for h in (head1, head2, head4, head5):
            assert h.startswith(b"HTTP/1.1 200"), h
        assert head3.startswith(b"HTTP/1.1 405"), head3
        for b in (body1, body2, body4, body5):
            well_formed(b)
        assert b'code="405"' not in body1 + body2, body2[-600:]
        assert b'closured_http_requests_total{code="405"} 1\n' in body4, body4[-600:]
        assert b'closured_http_requests_total{code="405"} 1\n' in body5, body5[-600:]
        assert len(body4) > len(body2), (len(body2), len(body4))
        assert [ok_count(b) for b in (body1, body2, body4, body5)] == \
            list(range(ok_count(body1), ok_count(body1) + 4)), (body1[-300:], body5[-300:])

        # The request counts list each status answered once, in increasing order.
        d.get("/nope")
        d.request("DELETE", "/api/v1/workloads/none", headers={"Content-Type": "text/plain"})
        st, _, b = d.get("/metrics")
        codes = [int(c) for c in re.findall(rb'^closured_http_requests_total\{code="(\d+)"\} \d+$',
                                             b, re.M)]
        assert codes == sorted(set(codes)) and {200, 201, 404} <= set(codes), codes

        # Headers of about 8 KB (a long Cookie) are read and answered.
        st, _, b = d.get("/metrics", headers={"Cookie": "c=" + "x" * 7000})
        assert st == 200 and b.startswith(b"# HELP "), (st, b[:200])
    print("ok")


if __name__ == "__main__":
    main()
