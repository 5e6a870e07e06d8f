"""test_openmetrics.py: /metrics negotiates OpenMetrics 1.0 from the Accept header, and the
OpenMetrics exposition is well formed: families without _total, UNIT lines, _created samples,
`# EOF`; Prometheus' own OpenMetrics parser (promtool's backfill reader) accepts it. Any other
Accept gets the classic text format, which `promtool check metrics` accepts."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from daemon import Daemon, binary_from_argv, example

OM = "application/openmetrics-text; version=1.0.0; charset=utf-8"
TEXT = "text/plain; version=0.0.4; charset=utf-8"
# What Prometheus 2.x sends when it scrapes.
PROMETHEUS_ACCEPT = ("application/openmetrics-text;version=1.0.0,application/openmetrics-text;"
                     "version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")

NEGOTIATION = [
    (None, TEXT),
    ("*/*", TEXT),
    ("text/plain", TEXT),
    (PROMETHEUS_ACCEPT, OM),
    ("application/openmetrics-text", OM),
    ("Application/OpenMetrics-Text; version=1.0.0", OM),
    ("application/openmetrics-text;version=0.0.1", TEXT),  # a version we do not write
    ("text/plain;q=0.9, application/openmetrics-text;q=0.5", TEXT),
    ("text/plain;q=0.5, application/openmetrics-text;q=0.9", OM),
    ("application/openmetrics-text;q=0", TEXT),
]


def families(text):
    """[(family, type, unit, [sample lines])] in order; asserts the OpenMetrics layout."""
    out = []
    lines = text.split("\n")
    assert lines[-1] == "" and lines[-2] == "# EOF", lines[-3:]
    for line in lines[:-2]:
        if line.startswith("# HELP "):
            out.append([line.split(" ", 3)[2], None, None, []])
        elif line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            assert out and out[-1][0] == name, (line, out[-1:])
            out[-1][1] = kind
        elif line.startswith("# UNIT "):
            _, _, name, unit = line.split(" ")
            assert out[-1][0] == name and name.endswith("_" + unit), line
            out[-1][2] = unit
        else:
            assert not line.startswith("#"), line
            out[-1][3].append(line)
    return out


SUFFIXES = {"counter": ("_total", "_created"), "gauge": ("",), "info": ("_info",),
            "histogram": ("_bucket", "_sum", "_count", "_created")}


def main():
    binary = binary_from_argv()
    promtool = shutil.which("promtool")
    if not promtool:
        sys.exit("promtool is missing: scripts/deps.sh test installs Debian's prometheus package")
    with Daemon(binary, "--workload", example("cyclic_closures")) as d:
        d.wait_for(lambda: d.get_json("/api/v1/workloads/cyclic_closures/series")[2]["count"] >= 1, what="a sample")
        for accept, want in NEGOTIATION:
            status, headers, _ = d.get("/metrics", headers={"Accept": accept} if accept else {})
            assert status == 200 and headers["content-type"] == want, (accept, headers)

        status, headers, body = d.get("/metrics", headers={"Accept": PROMETHEUS_ACCEPT})
        text = body.decode()
        fams = families(text)
        kinds = {f[0]: f[1] for f in fams}
        assert kinds["closured_build"] == "info"
        assert kinds["closured_allocated_bytes"] == "counter"
        assert kinds["closured_gc_pause_seconds"] == "histogram"
        assert kinds["process_cpu_seconds"] == "counter"
        units = {f[0]: f[2] for f in fams}
        assert units["closured_heap_bytes"] == "bytes" and units["closured_gc_pause_seconds"] == "seconds"
        assert units["closured_closures"] is None
        for name, kind, _, samples in fams:
            for s in samples:
                sample_name = re.match(r"[a-zA-Z_:][a-zA-Z0-9_:]*", s).group(0)
                assert any(sample_name == name + suffix for suffix in SUFFIXES[kind]), (name, kind, s)
        created = [s for f in fams for s in f[3] if s.startswith("closured_allocated_bytes_created{")]
        started = d.workload("cyclic_closures")["created"]
        assert len(created) == 1 and abs(float(created[0].split()[-1]) - started) < 1, (created, started)
        assert any(s.startswith("closured_gc_pause_seconds_created{") for f in fams for s in f[3])

        # Prometheus' OpenMetrics parser, as promtool's backfill uses it (it wants timestamps).
        with tempfile.TemporaryDirectory() as tmp:
            stamped = os.path.join(tmp, "metrics.om")
            with open(stamped, "w") as f:
                for line in text[:-1].split("\n"):
                    f.write(line + ("" if not line or line.startswith("#") else " 1700000000") + "\n")
            r = subprocess.run([promtool, "tsdb", "create-blocks-from", "openmetrics", stamped,
                                os.path.join(tmp, "blocks")], capture_output=True, text=True, timeout=60)
            assert r.returncode == 0, (r.stdout, r.stderr)
            assert re.search(r"\s(\d+)\s+\d+\s*$", r.stdout.strip()), r.stdout

        status, headers, body = d.get("/metrics")
        assert headers["content-type"] == TEXT and b"# EOF" not in body and b"_created" not in body
        r = subprocess.run([promtool, "check", "metrics"], input=body.decode(), capture_output=True,
                           text=True, timeout=30)
        assert r.returncode == 0, (r.stdout, r.stderr)
    print("ok")


if __name__ == "__main__":
    main()
