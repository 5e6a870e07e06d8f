"""test_metrics.py: /metrics passes `promtool check metrics`, has every family with HELP/TYPE, and its values move."""
import re
import shutil
import subprocess
import sys

from daemon import Daemon, binary_from_argv, example

FAMILIES = {
    "closured_build_info": "gauge", "closured_workloads": "gauge", "closured_heap_bytes": "gauge",
    "closured_heap_objects": "gauge", "closured_heap_limit_bytes": "gauge",
    "closured_allocated_bytes_total": "counter", "closured_closures": "gauge",
    "closured_closure_env_bytes": "gauge", "closured_closure_env_shallow_bytes": "gauge",
    "closured_closure_retained_bytes": "gauge", "closured_site_closures": "gauge",
    "closured_site_retained_bytes": "gauge",
    "closured_gc_collections_total": "counter", "closured_gc_collected_objects_total": "counter",
    "closured_gc_uncollectable_objects_total": "counter", "closured_gc_pause_seconds": "histogram",
    "closured_refcount_freed_objects_total": "counter", "closured_vm_instructions_total": "counter",
    "closured_workload_ticks_total": "counter", "closured_workload_errors_total": "counter",
    "closured_http_requests_total": "counter", "process_cpu_seconds_total": "counter",
    "process_resident_memory_bytes": "gauge", "process_virtual_memory_bytes": "gauge",
    "process_open_fds": "gauge", "process_max_fds": "gauge", "process_start_time_seconds": "gauge",
}


def parse(text):
    """{(name, frozenset(labels)): value} and {family: type}."""
    samples, types, helps = {}, {}, set()
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            types[name] = kind
        elif line.startswith("# HELP "):
            helps.add(line.split(" ", 3)[2])
        elif line and not line.startswith("#"):
            m = re.match(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$', line)
            assert m, line
            labels = frozenset(re.findall(r'([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"', m.group(2) or ""))
            samples[(m.group(1), labels)] = float(m.group(3))
    assert helps == set(types), (helps ^ set(types))
    return samples, types


def value(samples, name, **labels):
    return samples[(name, frozenset(labels.items()))]


def main():
    binary = binary_from_argv()
    promtool = shutil.which("promtool")
    if not promtool:
        sys.exit("promtool is missing: scripts/deps.sh test installs Debian's prometheus package")
    with Daemon(binary, "--workload", example("cyclic_closures"), "--workload", example("seed_multiplier")) as d:
        d.wait_for(lambda: d.workload("seed_multiplier")["state"] == "finished", what="seed done")
        d.wait_for(lambda: d.get_json("/api/v1/workloads/cyclic_closures/series")[2]["count"] >= 1, what="a sample")
        # each worker samples its own workloads once a second: seed_multiplier's may come later
        d.wait_for(lambda: b'closured_closure_env_bytes{workload="seed_multiplier"} 0\n'
                   not in d.get("/metrics")[2], what="seed_multiplier's env bytes sampled")
        # a label value that needs escaping
        d.upload('odd.name-1', 'def tick():\n    pass\n')
        d.get("/nope")  # a 404 in the request counter

        status, headers, body = d.get("/metrics")
        assert status == 200 and headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8", headers
        text = body.decode()
        r = subprocess.run([promtool, "check", "metrics"], input=text, capture_output=True, text=True, timeout=30)
        assert r.returncode == 0, (r.stdout, r.stderr)

        samples, types = parse(text)
        for fam, kind in FAMILIES.items():
            assert types.get(fam) == kind, (fam, types.get(fam))
        assert value(samples, "closured_build_info", version="0.1.0") == 1
        assert value(samples, "closured_workloads", state="running") == 2
        assert value(samples, "closured_workloads", state="finished") == 1
        assert value(samples, "closured_workloads", state="failed") == 0
        assert value(samples, "closured_closures", workload="seed_multiplier") == 5
        assert value(samples, "closured_closure_env_bytes", workload="seed_multiplier") > 0
        assert value(samples, "closured_heap_limit_bytes", workload="seed_multiplier") == 64 * 1024 * 1024
        assert value(samples, "closured_heap_bytes", workload="odd.name-1") > 0
        assert value(samples, "closured_http_requests_total", code="404") >= 1
        assert value(samples, "closured_http_requests_total", code="200") >= 2
        for g in "012":
            value(samples, "closured_gc_collections_total", workload="cyclic_closures", generation=g)
        for g in "012":
            n = value(samples, "closured_gc_pause_seconds_count", workload="cyclic_closures", generation=g)
            assert value(samples, "closured_gc_pause_seconds_bucket", workload="cyclic_closures", generation=g,
                         le="+Inf") == n
        assert value(samples, "closured_gc_pause_seconds_count", workload="cyclic_closures", generation="0") > 0

        def sites():
            fresh, _ = parse(d.get("/metrics")[2].decode())
            return [dict(k[1])["site"] for k in fresh
                    if k[0] == "closured_site_retained_bytes" and ("workload", "cyclic_closures") in k[1]]
        labels = d.wait_for(sites, what="per-site samples")
        assert all(x.startswith("cyclic_closures.py:") for x in labels), labels
        assert value(samples, "process_open_fds") > 3 and value(samples, "process_max_fds") > 0
        assert value(samples, "process_resident_memory_bytes") > 1e6
        assert abs(value(samples, "process_start_time_seconds") - d.get_json("/api/v1/status")[2]["started"]) < 5

        # counters move
        c1 = value(samples, "closured_gc_collections_total", workload="cyclic_closures", generation="0")
        d.wait_for(lambda: value(parse(d.get("/metrics")[2].decode())[0], "closured_gc_collections_total",
                                 workload="cyclic_closures", generation="0") > c1, what="collections rise")
        s2, _ = parse(d.get("/metrics")[2].decode())
        assert value(s2, "closured_workload_ticks_total", workload="cyclic_closures") > \
            value(samples, "closured_workload_ticks_total", workload="cyclic_closures")
        assert value(s2, "closured_allocated_bytes_total", workload="cyclic_closures") > \
            value(samples, "closured_allocated_bytes_total", workload="cyclic_closures")

        # the workload families are kept between scrapes while no view changes: back-to-back
        # scrapes in both formats stay each in its own format, and the per-scrape families
        # (requests answered) are written fresh every time
        om = "application/openmetrics-text; version=1.0.0"
        last_200 = None
        for i in range(20):
            text = d.get("/metrics")[2].decode()
            opened = d.get("/metrics", headers={"Accept": om})[2].decode()
            assert "# EOF" not in text and "closured_heap_bytes{" in text, text[-200:]
            assert opened.endswith("# EOF\n") and "# TYPE closured_heap_bytes gauge" in opened, opened[-200:]
            assert "# TYPE closured_workload_ticks counter" in opened, "OpenMetrics counter family names"
            assert "# TYPE closured_workload_ticks_total counter" in text, "text counter family names"
            ok = value(parse(text)[0], "closured_http_requests_total", code="200")
            assert last_200 is None or ok >= last_200 + 2, (last_200, ok)  # two scrapes since
            last_200 = ok
    print("ok")


if __name__ == "__main__":
    main()
