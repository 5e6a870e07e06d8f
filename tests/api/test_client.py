"""test_client.py: the terminal client (`closured ls`, `top`, `closures`, `why`, `sites`,
`upload`, `rm`, `gc`, `mark`, `diff`, `heap`) against the real daemon on an ephemeral port:
tables, --json, exit statuses, problem lines, syntax errors shown as python3 shows them, the
token, colour only on a terminal, and `top` quitting on q in a pseudo-terminal."""
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time

from daemon import Daemon, binary_from_argv, example

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(binary, *args, url=None, env=None, stdin=None, timeout=30):
    e = {k: v for k, v in os.environ.items() if k not in ("CLOSURED_URL", "NO_COLOR")}
    if url:
        e["CLOSURED_URL"] = url
    e.update(env or {})
    r = subprocess.run([binary, *args], capture_output=True, text=True, env=e, timeout=timeout,
                       stdin=stdin if stdin is not None else subprocess.DEVNULL)
    return r.returncode, r.stdout, r.stderr


def table(text):
    """Rows of an aligned table as lists of cells (split on 2+ spaces); the header first."""
    return [re.split(r"\s{2,}", line.strip()) for line in text.splitlines() if line.strip()]


def check_syntax_errors(binary, url, tmp, auth):
    """upload prints a syntax error exactly as python3 prints it for the same file."""
    cases = ["x = 1 +\n", "def f():\n    return 1 +* 2\n", "if x\n    pass\n",
             "y = [1, 2\nz = 3\n", "a = 1\nb = 2 3\n"]
    for i, src in enumerate(cases):
        path = os.path.join(tmp, f"broken{i}.py")
        with open(path, "w") as f:
            f.write(src)
        want = subprocess.run([sys.executable, path], capture_output=True, text=True).stderr
        rc, out, err = run(binary, "upload", path, *auth, url=url)
        assert rc == 1 and out == "", (rc, out, err)
        assert err == want, (src, err, want)


def check_top_pty(binary, url, key):
    """top in a terminal: colour, a redrawn screen, quits on key (q, or Ctrl-C: the terminal
    turns it into SIGINT) with status 0 and the terminal restored."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.pop("NO_COLOR", None)
        os.environ["CLOSURED_URL"] = url
        os.execv(binary, [binary, "top"])
    out = b""
    deadline = time.monotonic() + 15
    while b"seed_multiplier" not in out and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.5)[0]:
            out += os.read(fd, 65536)
    assert b"seed_multiplier" in out, out
    assert b"\x1b[1m" in out and b"\x1b[H\x1b[2J" in out, out[:300]  # bold header, clear screen
    os.write(fd, key)
    status = None
    while time.monotonic() < deadline:
        wpid, st = os.waitpid(pid, os.WNOHANG)
        if wpid:
            status = st
            break
        if select.select([fd], [], [], 0.2)[0]:
            try:
                out += os.read(fd, 65536)
            except OSError:
                pass
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"top did not quit on {key!r}")
    try:
        while select.select([fd], [], [], 0.2)[0]:
            out += os.read(fd, 65536)
    except OSError:
        pass
    os.close(fd)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    assert out.rstrip().endswith(b"\x1b[?25h"), out[-200:]  # the cursor is shown again


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        token_file = os.path.join(tmp, "token")
        with open(token_file, "w") as f:
            f.write("s3cret\n")
        with Daemon(binary, "--workload", example("leaky_handlers"), "--workload", example("seed_multiplier"),
                    "--workload", example("cyclic_closures"), "--token-file", token_file) as d:
            url = f"http://127.0.0.1:{d.port}"
            d.wait_for(lambda: d.workload("seed_multiplier")["state"] == "finished", what="seed done")

            # usage and unreachable daemons
            assert run(binary, "ls", "--bogus", url=url)[0] == 2
            assert run(binary, "why", "leaky_handlers", url=url)[0] == 2
            assert run(binary, "closures", "leaky_handlers", "--limit", "0", url=url)[0] == 2
            assert run(binary, "closures", "leaky_handlers", "--sort", "size", url=url)[0] == 2
            rc, out, err = run(binary, "ls", "--url", "http://127.0.0.1:1")
            assert rc == 3 and "cannot reach http://127.0.0.1:1" in err and err.count("\n") == 1, (rc, err)
            rc, _, err = run(binary, "ls", "--token-file", os.path.join(tmp, "missing"), url=url)
            assert rc == 2 and "cannot read a token" in err, err
            rc, out, _ = run(binary, "ls", "--help")
            assert rc == 0 and out.startswith("usage: closured ls"), out

            # ls: a table (no colour off a terminal), --json, CLOSURED_URL and --url
            rc, out, err = run(binary, "ls", url=url)
            assert rc == 0, err
            assert "\x1b" not in out, out
            rows = table(out)
            assert rows[0][:3] == ["NAME", "STATE", "HEAP"], rows
            by_name = {r[0]: r for r in rows[1:]}
            assert set(by_name) == {"leaky_handlers", "seed_multiplier", "cyclic_closures"}, rows
            assert by_name["seed_multiplier"][1] == "finished" and by_name["seed_multiplier"][5] == "5", rows
            header = out.splitlines()[0]
            for line in out.splitlines()[1:]:  # right-aligned HEAP column ends where its title does
                assert line[header.index("HEAP") + 3] == "B", (header, line)
            rc, out, _ = run(binary, "ls", "--json", "--url", url, env={"CLOSURED_URL": "http://127.0.0.1:1"})
            assert rc == 0 and json.loads(out)["count"] == 3, out

            # closures, why, sites
            rc, out, err = run(binary, "closures", "leaky_handlers", "--sort", "retained_bytes", "--limit", "3", url=url)
            assert rc == 0, err
            rows = table(out)
            assert rows[0][:3] == ["ID", "CLOSURE", "SITE"] and len(rows) == 5, rows
            assert all(r[1] == "make_handler.<locals>.handle" and r[2] == "leaky_handlers.py:11" for r in rows[1:4]), rows
            assert re.match(r"3 of \d+ closures, by retained_bytes", rows[4][0]), rows
            rc, out, _ = run(binary, "closures", "leaky_handlers", "--limit=2", "--json", url=url)
            data = json.loads(out)
            assert data["count"] == 2 and data["sort"] == "env_bytes", data
            cid = data["closures"][0]["id"]
            rc, out, err = run(binary, "why", "leaky_handlers", str(cid), url=url)
            assert rc == 0, err
            lines = out.splitlines()
            assert lines[0] == f"make_handler.<locals>.handle (leaky_handlers.py:11), id {cid}", lines
            assert "  globals['handlers']" in lines, lines
            assert any(re.match(r"  → list\[\d+\]$", l) for l in lines), lines
            assert "  → make_handler.<locals>.handle (closure, leaky_handlers.py:11)" in lines, lines
            assert any(l.startswith("buffer ") and " list " in l for l in lines), lines
            rc, _, err = run(binary, "why", "leaky_handlers", "12345", url=url)
            assert rc == 4 and err.startswith("closured why: Not Found: ") and err.endswith("(404)\n"), err
            rc, out, err = run(binary, "sites", "leaky_handlers", url=url)
            assert rc == 0, err
            rows = table(out)
            assert rows[0][0] == "SITE" and rows[1][0] == "leaky_handlers.py:11", rows

            # mutations need the token: a refusal is one line with the problem
            rc, _, err = run(binary, "gc", "cyclic_closures", url=url)
            assert rc == 1 and err.startswith("closured gc: ") and "(401)" in err and err.count("\n") == 1, err
            auth = ("--token-file", token_file)
            rc, out, err = run(binary, "gc", "cyclic_closures", "--generation", "1", *auth, url=url)
            assert rc == 0 and out.startswith("collected generation 1 of cyclic_closures: examined "), (out, err)
            assert run(binary, "gc", "cyclic_closures", "--generation", "3", *auth, url=url)[0] == 2

            # marks and diffs
            rc, out, err = run(binary, "mark", "leaky_handlers", *auth, url=url)
            assert rc == 0 and re.match(r"mark (\d+) of leaky_handlers: heap ", out), (out, err)
            a = re.match(r"mark (\d+)", out).group(1)
            time.sleep(0.5)
            rc, out, _ = run(binary, "mark", "leaky_handlers", "--json", *auth, url=url)
            b = str(json.loads(out)["id"])
            rc, out, err = run(binary, "diff", "leaky_handlers", a, b, url=url)
            assert rc == 0, err
            assert out.startswith(f"leaky_handlers: mark {a} -> {b} over "), out
            assert "by allocation site:" in out and "by type:" in out, out
            assert re.search(r"leaky_handlers\.py:9\s+\d+\s+\d+\s+\+\d+\s+\+", out), out
            rc, out, _ = run(binary, "diff", "leaky_handlers", a, "now", "--json", url=url)
            assert json.loads(out)["b"]["id"] == "now"
            assert run(binary, "diff", "leaky_handlers", "999", "now", url=url)[0] == 4

            # the heap snapshot
            snap = os.path.join(tmp, "seed.heapsnapshot")
            rc, out, err = run(binary, "heap", "seed_multiplier", "-o", snap, url=url)
            assert rc == 0 and out.startswith(f"wrote {snap} ("), (out, err)
            with open(snap) as f:
                meta = json.load(f)["snapshot"]["meta"]
            assert meta["node_fields"][:3] == ["type", "name", "id"], meta
            assert run(binary, "heap", "seed_multiplier", url=url)[0] == 2

            # upload and rm
            good = os.path.join(tmp, "hello_cli.py")
            with open(good, "w") as f:
                f.write("def make(n):\n    return lambda: n\nf = make(3)\nprint(f())\n")
            rc, out, err = run(binary, "upload", good, *auth, url=url)
            assert rc == 0 and out.startswith("uploaded hello_cli: "), (out, err)
            rc, out, err = run(binary, "upload", good, "--name", "second", *auth, url=url)
            assert rc == 0 and d.workload("second")["name"] == "second", (out, err)
            rc, _, err = run(binary, "upload", good, *auth, url=url)
            assert rc == 1 and "(409)" in err and err.count("\n") == 1, err
            check_syntax_errors(binary, url, tmp, auth)
            rc, out, _ = run(binary, "rm", "second", *auth, url=url)
            assert rc == 0 and out == "removed second\n", out
            rc, _, err = run(binary, "rm", "second", *auth, url=url)
            assert rc == 4 and "(404)" in err, err

            # top: frames from the event stream, --iterations for scripts; q in a terminal
            rc, out, err = run(binary, "top", "--iterations", "2", url=url, timeout=20)
            assert rc == 0, err
            frames = [f for f in out.split("\n\n") if f.strip()]
            assert len(frames) == 2, out
            for f in frames:
                assert f.startswith(f"closured top - {url} - "), f
                names = [r[0] for r in table(f)[2:]]
                assert sorted(names) == ["cyclic_closures", "hello_cli", "leaky_handlers", "seed_multiplier"], f
            check_top_pty(binary, url, b"q")
            check_top_pty(binary, url, b"\x03")
            # NO_COLOR is honoured on a terminal too
            pid, fd = pty.fork()
            if pid == 0:
                os.environ["NO_COLOR"] = "1"
                os.execv(binary, [binary, "ls", "--url", url])
            out = b""
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            _, st = os.waitpid(pid, 0)
            os.close(fd)
            assert os.WEXITSTATUS(st) == 0 and b"leaky_handlers" in out and b"\x1b" not in out, out
    print("ok")


if __name__ == "__main__":
    main()
