"""test_utf8.py: text is valid UTF-8 without NUL at every entry, and answers never echo
invalid bytes. Uploads with invalid UTF-8 (raw \\xf0, overlong, surrogate), a raw NUL or a
\\u0000 escape in the name or the source get 400 and create nothing; a Python escape "\\\\u0000"
in a source is fine; --workload files with invalid UTF-8 or NUL are skipped with a log line; a
stored upload edited to invalid UTF-8 is skipped at start; a path with %FF gets a 404 whose
body is valid UTF-8."""
import json
import os
import tempfile

from daemon import Daemon, assert_problem, binary_from_argv

W = "/api/v1/workloads"


def post_raw(d, body):
    status, headers, data = d.request("POST", W, body=body, headers={"Content-Type": "application/json"})
    data.decode("utf-8")  # the answer itself is valid UTF-8
    return status, headers, json.loads(data) if data else None


def uploads(d):
    good_prefix = b'{"name": "u", "source": "x = \''
    for bad, what in ((b"\xf0", "UTF-8"), (b"\xc0\xaf", "UTF-8"), (b"\xed\xa0\x80", "UTF-8"),
                      (b"\xff", "UTF-8"), (b"\x00", "NUL")):
        body = good_prefix + bad + b"'\\nprint(x)\\n\"}"
        status, headers, p = post_raw(d, body)
        assert_problem(status, headers, p, 400)
        assert what in p["detail"], (bad, p)
    for obj in ({"name": "a\u0000b", "source": "x = 1\n"},
                {"name": "nul", "source": "x = 1\u0000\nprint('after the NUL')\n"}):
        status, headers, p = post_raw(d, json.dumps(obj))
        assert_problem(status, headers, p, 400)
        assert "NUL" in p["detail"], p
    # names stay ASCII; a non-ASCII name is a clear 400 too
    status, headers, p = post_raw(d, json.dumps({"name": "caf\u00e9", "source": "x = 1\n"}, ensure_ascii=False))
    assert_problem(status, headers, p, 400)
    assert d.get_json(W)[2]["count"] == 0
    # a Python \\u0000 escape is source text, not a NUL: accepted, and it runs
    src = 'print(len("a\\u0000b"), "h\u00e9llo \U0001f600")\n'
    status, _, w = d.post_json(W, {"name": "esc", "source": src})
    assert status == 201 and w["source"] == src, w
    out = d.wait_for(lambda: d.get_json(f"{W}/esc/output")[2]["lines"], what="output")
    assert out[0]["text"] == "3 h\u00e9llo \U0001f600", out


def paths(d):
    status, headers, data = d.get(f"{W}/%FF%FE")
    data.decode("utf-8")
    assert status == 404 and b"\xff" not in data, data
    status, headers, data = d.get(f"{W}/%FF/closures/1")
    data.decode("utf-8")
    assert status == 404, data


def files(binary, tmp):
    good = os.path.join(tmp, "good.py")
    bad = os.path.join(tmp, "bad.py")
    nul = os.path.join(tmp, "nul.py")
    with open(good, "w") as f:
        f.write("print('ok')\n")
    with open(bad, "wb") as f:
        f.write(b"x = '\xf0'\nprint(x[2])\n")
    with open(nul, "wb") as f:
        f.write(b"x = 1\x00\n")
    with Daemon(binary, "--workload", good, "--workload", bad, "--workload", nul) as d:
        names = [w["name"] for w in d.get_json(W)[2]["workloads"]]
        assert names == ["good"], names
        log = "\n".join(d.lines)
        assert "bad.py: not valid UTF-8 at byte 5" in log, log
        assert "nul.py: a NUL byte at byte 5" in log, log


def stored(binary, tmp):
    state = os.path.join(tmp, "state")
    with Daemon(binary, "--state-dir", state) as d:
        d.upload("keep", "print('kept')\n")
        d.upload("spoil", "print('spoiled')\n")
    path = os.path.join(state, "spoil.workload.json")
    with open(path, "rb") as f:
        text = f.read()
    with open(path, "wb") as f:
        f.write(text.replace(b"spoiled", b"spoil\xfe"))
    with Daemon(binary, "--state-dir", state) as d:
        names = [w["name"] for w in d.get_json(W)[2]["workloads"]]
        assert names == ["keep"], names
        assert any("spoil.workload.json" in l and "UTF-8" in l for l in d.lines), d.lines


def main():
    binary = binary_from_argv()
    with Daemon(binary) as d:
        uploads(d)
        paths(d)
    with tempfile.TemporaryDirectory() as tmp:
        files(binary, tmp)
        stored(binary, tmp)
    print("ok")


if __name__ == "__main__":
    main()
