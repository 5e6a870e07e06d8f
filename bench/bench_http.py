# bench_http.py: the benchmark sections that serve HTTP: the daemons (closured
# serve, nginx) and wrk, /metrics and the API against nginx, inspection at
# scale, and scaling over worker threads (run.py calls them).
# Python 3 standard library only.
import http.client
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import threading
import time

from benchlib import (REPO, SERVER_EXAMPLES, T_METRICS_NGINX, fmt_s, log, percentile, perf_syscall_share,
                      perf_top, ratio, summary)


# ---- daemons (closured serve, nginx) ------------------------------------------------------

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Daemon:
    """closured serve on 127.0.0.1 with the given workloads directory."""

    def __init__(self, ctx, workdir, extra=()):
        self.port = free_port()
        self.logf = open(os.path.join(ctx.tmp, f"closured-{self.port}.log"), "w+")
        self.proc = subprocess.Popen(
            [ctx.closured, "serve", "--listen", f"127.0.0.1:{self.port}", "--workloads", workdir,
             "--state-dir", os.path.join(ctx.tmp, f"state-{self.port}"), *extra],
            stdout=self.logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                self.logf.seek(0)
                raise RuntimeError("closured serve exited: " + self.logf.read()[-500:])
            try:
                if get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("closured serve did not answer /healthz within 20 s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.logf.close()


class Nginx:
    """nginx in the foreground (one process, no daemon) serving one static file."""

    def __init__(self, ctx, body_size):
        self.dir = os.path.join(ctx.tmp, "nginx")
        os.makedirs(os.path.join(self.dir, "www"), exist_ok=True)
        line = b"# padding line of a prometheus-sized text body\n"
        body = (line * (body_size // len(line) + 1))[:body_size]
        with open(os.path.join(self.dir, "www", "metrics.txt"), "wb") as f:
            f.write(body)
        self.port = free_port()
        d = self.dir
        conf = f"""
daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000000;
    keepalive_timeout 65;
    types {{ text/plain txt; }}
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    server {{
        listen 127.0.0.1:{self.port};
        root {d}/www;
    }}
}}
"""
        with open(os.path.join(d, "nginx.conf"), "w") as f:
            f.write(conf)
        self.proc = subprocess.Popen(["nginx", "-p", d, "-c", os.path.join(d, "nginx.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     stdin=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                if get(self.port, "/metrics.txt")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("nginx did not start (see its error.log in " + d + ")")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def get(port, path, timeout=30):
    """GET on loopback; returns (status, body bytes, seconds)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    t0 = time.perf_counter()
    c.request("GET", path)
    r = c.getresponse()
    body = r.read()
    dt = time.perf_counter() - t0
    c.close()
    return r.status, body, dt


RT_PRIORITY = 10  # SCHED_FIFO priority of the servers and wrk in real-time pairs


def set_realtime(pid, on):
    """Every thread of a process to SCHED_FIFO (on) or back to SCHED_OTHER; False when the
    system refuses (no CAP_SYS_NICE)."""
    policy, prio = (os.SCHED_FIFO, RT_PRIORITY) if on else (os.SCHED_OTHER, 0)
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return False
    for tid in tids:
        try:
            os.sched_setscheduler(tid, policy, os.sched_param(prio))
        except ProcessLookupError:
            pass  # a thread that ended meanwhile
        except OSError:
            return False
    return True


def wrk(port, path, seconds, conns=32, realtime=False):
    """wrk -t1 (the server gets the other core) with latency percentiles; realtime: wrk runs
    under SCHED_FIFO (set_realtime)."""
    cmd = ["wrk", "-t1", f"-c{conns}", f"-d{seconds}s", "--latency", "--timeout", "5s",
           f"http://127.0.0.1:{port}{path}"]
    pre = ((lambda: os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(RT_PRIORITY)))
           if realtime else None)
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30, preexec_fn=pre)
    text = r.stdout
    out = {"rps": None, "p50": None, "p99": None, "errors": 0, "requests": 0}

    def to_ms(v, unit):
        return float(v) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]

    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    out["rps"] = float(m.group(1)) if m else None
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        if m:
            out[key] = to_ms(m.group(1), m.group(2))
    m = re.search(r"(\d+) requests in", text)
    out["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    out["errors"] += int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        out["errors"] += sum(int(x) for x in m.groups())
    if out["rps"] is None:
        out["errors"] += 1
        out["raw"] = (text + r.stderr)[-300:]
    return out


def build_httpload(ctx):
    """Builds bench/httpload.c (the latency client) into ctx.tmp once; returns its path."""
    exe = os.path.join(ctx.tmp, "httpload")
    if not os.path.exists(exe):
        cmd = ["gcc", "-std=c11", "-O2", "-D_POSIX_C_SOURCE=200809L", "-D_DEFAULT_SOURCE", "-Wall",
               "-Wextra", "-Werror", os.path.join(REPO, "bench", "httpload.c"), "-o", exe]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"bench: building httpload failed:\n{r.stderr}")
    return exe


def httpload(ctx, port, path, seconds, conns=32):
    """bench/httpload.c on path: requests/s and the percentiles of every request's own
    latency (no coordinated-omission correction, unlike wrk's; see httpload.c)."""
    cmd = [build_httpload(ctx), str(port), path, str(conns), str(seconds)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30)
    try:
        out = json.loads(r.stdout)
    except ValueError:
        return {"rps": None, "p50": None, "p99": None, "p999": None, "errors": 1, "requests": 0,
                "raw": (r.stdout + r.stderr)[-300:]}
    return {"rps": out["rps"], "p50": out["p50_ms"], "p99": out["p99_ms"],
            "p999": out["p999_ms"], "errors": out["errors"], "requests": out["requests"]}


# ---- section: server -----------------------------------------------------------------------

def proc_cpu_seconds(pid):
    """user+sys CPU seconds of a whole process so far (every thread), from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_sleeps(pid):
    """Voluntary context switches of every thread of a process so far: how often its threads
    blocked (waiting in epoll_wait, say); None if /proc does not say."""
    total = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches:"):
                        total += int(line.split()[1])
        except OSError:
            pass  # a thread that ended meanwhile
    return total


def cpu_idle_entries():
    """Times the CPUs entered an idle state other than polling, so far (cpuidle's counters;
    None where the kernel has none). On a virtual machine such an entry halts the virtual
    CPU, and waking it again costs the host's scheduling; an idle machine has many, a
    loaded one few, which is where the two regimes' costs per request part."""
    total, seen = 0, False
    base = "/sys/devices/system/cpu"
    try:
        cpus = [c for c in os.listdir(base) if re.fullmatch(r"cpu\d+", c)]
    except OSError:
        return None
    for cpu in cpus:
        d = os.path.join(base, cpu, "cpuidle")
        try:
            states = [x for x in os.listdir(d) if x.startswith("state")]
        except OSError:
            continue
        for st in states:
            try:
                with open(os.path.join(d, st, "name")) as f:
                    if f.read().strip() == "POLL":
                        continue
                with open(os.path.join(d, st, "usage")) as f:
                    total += int(f.read())
                    seen = True
            except (OSError, ValueError):
                pass
    return total if seen else None


def per_request(a, b, n):
    return (b - a) / n if n and a is not None and b is not None else None


def wrk_costed(port, path, seconds, pid, realtime=False):
    """wrk plus what a request cost: the server's CPU (its whole process) and wrk's own CPU
    per request, in microseconds. CPU per request does not depend on how much of the machine
    other processes leave to the two, which requests/s does. Also per request: how often the
    server's threads and wrk blocked (voluntary context switches) and how often the CPUs went
    idle (cpu_idle_entries), which tell an idle machine's regime from a loaded one's."""
    c0, r0 = proc_cpu_seconds(pid), resource.getrusage(resource.RUSAGE_CHILDREN)
    s0, i0 = proc_sleeps(pid), cpu_idle_entries()
    out = wrk(port, path, seconds, realtime=realtime)
    c1, r1 = proc_cpu_seconds(pid), resource.getrusage(resource.RUSAGE_CHILDREN)
    s1, i1 = proc_sleeps(pid), cpu_idle_entries()
    n = out["requests"]
    out["server_us"] = (c1 - c0) * 1e6 / n if n else None
    out["wrk_us"] = ((r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1e6 / n
                     if n else None)
    out["server_sleeps"] = per_request(s0, s1, n)
    out["wrk_sleeps"] = per_request(r0.ru_nvcsw, r1.ru_nvcsw, n)
    out["idle_entries"] = per_request(i0, i1, n)
    return out


def bench_server(ctx, res):
    seconds = 3 if ctx.quick else 5  # the other targets' runs
    slice_s = 2  # a /metrics or nginx run in a pair
    runs = max(2, (ctx.runs + 1) // 2)
    pairs = 4 if ctx.quick else max(8, 2 * ((3 * ctx.runs + 1) // 2))
    work = os.path.join(ctx.tmp, "server-workloads")
    os.makedirs(work, exist_ok=True)
    for name in SERVER_EXAMPLES:
        shutil.copy(os.path.join(REPO, "examples", name), work)
    d = Daemon(ctx, work)
    n = None
    try:
        time.sleep(2)  # let the workloads tick and the metrics sampler fill in
        status, body, _ = get(d.port, "/api/v1/workloads")
        names = [w["name"] for w in json.loads(body)["workloads"]]
        states = {w["name"]: w["state"] for w in json.loads(body)["workloads"]}
        wl = "cyclic_closures" if "cyclic_closures" in names else names[0]
        status, metrics_body, _ = get(d.port, "/metrics")
        size = len(metrics_body)
        n = Nginx(ctx, size)
        metrics = ("closured /metrics", d.port, "/metrics", d.proc.pid)
        nginx = ("nginx static file, same size as /metrics", n.port, "/metrics.txt", n.proc.pid)
        others = [
            ("closured /api/v1/workloads", d.port, "/api/v1/workloads", d.proc.pid),
            (f"closured /api/v1/workloads/{wl}/closures", d.port,
             f"/api/v1/workloads/{wl}/closures", d.proc.pid),
        ]
        targets = [metrics, *others, nginx]
        sizes = {}
        for label, port, path, _ in targets:
            sizes[label] = len(get(port, path)[1])
        results = {label: [] for label, _, _, _ in targets}
        # /metrics against nginx: one uncounted warm-up run each, then many short pairs run
        # back to back (which goes first alternates), so that both meet the same machine,
        # however busy it is, and the pairs sample many of its states; at real-time priority
        # when asked (or the machine is idle): the two servers and wrk then run whenever they
        # are ready, whatever else the machine runs (bench/README.md).
        realtime = ctx.server_rt == "on" or (ctx.server_rt == "auto" and os.getloadavg()[0] < 2)
        if realtime:
            realtime = set_realtime(d.proc.pid, True) and set_realtime(n.proc.pid, True)
            if not realtime:
                log("server: real-time priority refused; pairs at normal priority")
                set_realtime(d.proc.pid, False)
                set_realtime(n.proc.pid, False)
        try:
            for label, port, path, pid in (metrics, nginx):
                log(f"server: warm-up {label}")
                wrk(port, path, 1, realtime=realtime)
            for i in range(pairs):
                for label, port, path, pid in ((metrics, nginx) if i % 2 == 0 else (nginx, metrics)):
                    log(f"server: {label} run {i + 1}/{pairs}")
                    results[label].append(wrk_costed(port, path, slice_s, pid, realtime))
        finally:
            if realtime:
                set_realtime(d.proc.pid, False)
                set_realtime(n.proc.pid, False)
        # The same pairs again with the latency client: every request's own latency.
        latency = {metrics[0]: [], nginx[0]: []}
        for i in range(pairs):
            for label, port, path, pid in ((metrics, nginx) if i % 2 == 0 else (nginx, metrics)):
                log(f"server: {label} latency run {i + 1}/{pairs}")
                latency[label].append(httpload(ctx, port, path, slice_s))
        for i in range(runs):
            for label, port, path, pid in others:
                log(f"server: {label} run {i + 1}/{runs}")
                results[label].append(wrk_costed(port, path, seconds, pid))
        status, body, _ = get(d.port, "/api/v1/workloads")
        states_after = {w["name"]: w["state"] for w in json.loads(body)["workloads"]}
        profile = profile_daemon(ctx, d, "/metrics", seconds)
    finally:
        if n:
            n.stop()
        d.stop()
    rows = []
    for label, _, _, _ in targets:
        rs = results[label]
        rows.append({"label": label, "bytes": sizes[label],
                     "rps": summary([r["rps"] for r in rs]),
                     "p50": summary([r["p50"] for r in rs]), "p99": summary([r["p99"] for r in rs]),
                     "server_us": summary([r["server_us"] for r in rs]),
                     "wrk_us": summary([r["wrk_us"] for r in rs]),
                     "server_sleeps": summary([r.get("server_sleeps") for r in rs]),
                     "wrk_sleeps": summary([r.get("wrk_sleeps") for r in rs]),
                     "idle_entries": summary([r.get("idle_entries") for r in rs]),
                     "errors": sum(r["errors"] for r in rs),
                     "requests": sum(r["requests"] for r in rs),
                     "raw": [r.get("raw") for r in rs if r.get("raw")]})
    pair_ratios = [ratio(a["rps"], b["rps"])
                   for a, b in zip(results[metrics[0]], results[nginx[0]])]
    latency_ratios = [ratio(a["rps"], b["rps"])
                      for a, b in zip(latency[metrics[0]], latency[nginx[0]])]
    latency_rows = [{"label": label, "rps": summary([r["rps"] for r in rs]),
                     "p50": summary([r["p50"] for r in rs]), "p99": summary([r["p99"] for r in rs]),
                     "p999": summary([r["p999"] for r in rs]),
                     "p99_runs": [r["p99"] for r in rs],
                     "errors": sum(r["errors"] for r in rs),
                     "requests": sum(r["requests"] for r in rs)}
                    for label, rs in latency.items()]
    res["server"] = {"runs": runs, "pairs": pairs, "seconds": seconds, "slice": slice_s,
                     "realtime": realtime,
                     "rows": rows,
                     "pair_ratios": [r for r in pair_ratios if r is not None],
                     "latency_ratios": [r for r in latency_ratios if r is not None],
                     "states": states, "states_after": states_after, "metrics_bytes": size,
                     "latency": latency_rows,
                     "profile": profile}


def profile_daemon(ctx, d, path, seconds):
    """perf record of the daemon while wrk loads `path` (one extra, uncounted run)."""
    if not shutil.which("perf"):
        return None
    log(f"server: profiling the daemon under wrk {path}")
    data = os.path.join(ctx.tmp, "perf-daemon.data")
    rec = subprocess.Popen(["perf", "record", "-q", "-F", "999", "-g", "-p", str(d.proc.pid),
                            "-o", data, "--", "sleep", str(seconds)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.3)
    wrk(d.port, path, seconds)
    try:
        _, err = rec.communicate(timeout=seconds + 30)
    except subprocess.TimeoutExpired:
        rec.kill()
        rec.wait()
        return None
    if rec.returncode != 0 or not os.path.exists(data):
        return {"error": err.decode("utf-8", "replace").strip()[-200:]}
    return {"path": path, "top": perf_top(data, 1.0)[:10], "syscalls": perf_syscall_share(data)}


def server_share(s):
    """/metrics requests/s as a share of nginx's: the median of the pair-by-pair ratios (each
    pair meets the same machine), or the ratio of the medians in results from before the
    pairs were short (no "slice")."""
    if s.get("slice") and s.get("pair_ratios"):
        return statistics.median(s["pair_ratios"])
    rows = {r["label"]: r for r in s["rows"]}
    m = rows.get("closured /metrics")
    ng = next((r for r in s["rows"] if r["label"].startswith("nginx")), None)
    if m and ng and m["rps"] and ng["rps"] and ng["rps"]["median"]:
        return m["rps"]["median"] / ng["rps"]["median"]
    return None


def render_server(s):
    pairs = s.get("pairs", s["runs"])
    slice_s = s.get("slice", s["seconds"])
    out = ["## HTTP server", "",
           "`wrk -t1 -c32 --latency` on loopback, "
           f"while {len(s['states'])} example workloads run in the daemon "
           f"({', '.join(f'{k}: {v}' for k, v in s['states'].items())}; after: "
           f"{', '.join(f'{k}: {v}' for k, v in s['states_after'].items())}). "
           "closured serves from its one loop thread; nginx runs one worker process "
           "(`master_process off`, sendfile on, unlimited keep-alive) and serves a static file "
           f"of the same size as the `/metrics` answer ({s['metrics_bytes']} bytes). wrk's one "
           "thread and the server share the machine's two cores. `/metrics` and nginx run in "
           f"{pairs} back-to-back pairs of {slice_s} s runs (after one uncounted warm-up run "
           "each; which of the two goes first alternates"
           + ("; the two servers' threads and wrk at real-time priority, SCHED_FIFO, for these "
              "pairs only, so their wrk p99 includes the kernel's real-time throttling, which "
              "stops real-time threads for 50 ms of every second" if s.get("realtime")
              else "; normal priority")
           + "); the verdict is the median of the "
           f"pair ratios. The other two targets run {s['runs']} runs of {s['seconds']} s each. "
           "CPU per "
           "request: the server's whole process (every thread) and wrk, user+sys, divided by "
           "the requests wrk counted; unlike requests/s it does not depend on how much of the "
           "machine other processes leave. wrk's percentiles are corrected for coordinated "
           "omission (each latency longer than a connection's mean interval adds the samples a "
           "constant-rate client would have had), so on a busy machine its p99 is mostly the "
           "time the machine spent elsewhere, nginx's as much as closured's; the latency table "
           "below has each request's own time. Targets: `/metrics` ≥ "
           f"{T_METRICS_NGINX * 100:.0f}% "
           "of nginx's requests/s, p99 < 5 ms (as measured, below), zero errors.", "",
           "| target | body bytes | requests/s | p50 ms | wrk's p99 ms | server CPU µs/request | "
           "wrk CPU µs/request | errors | vs nginx |",
           "|---|---|---|---|---|---|---|---|---|"]
    ng = [r for r in s["rows"] if r["label"].startswith("nginx")]
    ng_rps = ng[0]["rps"]["median"] if ng and ng[0]["rps"] else None
    lat = {r["label"]: r for r in s.get("latency", [])}
    for r in s["rows"]:
        rel = ratio(r["rps"]["median"] if r["rps"] else None, ng_rps)
        if r["label"] == "closured /metrics":
            rel = server_share(s)
        mark = ""
        if r["label"] == "closured /metrics" and rel is not None:
            p99 = (lat.get(r["label"]) or r)["p99"]
            ok = rel >= T_METRICS_NGINX and p99 and p99["median"] < 5 and r["errors"] == 0
            mark = " ✅" if ok else " ❌"
        rel_txt = "—" if r["label"].startswith("nginx") else f"{rel * 100:.0f}%{mark}" if rel else "n/a"
        out.append(f"| {r['label']} | {r['bytes']} | {fmt_s(r['rps'], '', digits=0)} | "
                   f"{fmt_s(r['p50'], '', digits=2)} | {fmt_s(r['p99'], '', digits=2)} | "
                   f"{fmt_s(r.get('server_us'), '', digits=1)} | "
                   f"{fmt_s(r.get('wrk_us'), '', digits=1)} | "
                   f"{r['errors']} of {r['requests']} | {rel_txt} |")
        for raw in r["raw"]:
            out.append(f"\nwrk said: `{raw.strip()}`")
    if s.get("pair_ratios"):
        pr = sorted(s["pair_ratios"])
        out += ["", "`/metrics` requests/s over nginx's, pair by pair: " +
                ", ".join(f"{x * 100:.0f}%" for x in s["pair_ratios"]) +
                f" (median {statistics.median(pr) * 100:.0f}%, the verdict; the ratio of the "
                f"two medians above: "
                f"{ratio(next(r for r in s['rows'] if r['label'] == 'closured /metrics')['rps']['median'], ng_rps) * 100:.0f}%)."]
    regime = []
    for r in s["rows"]:
        if r["label"] != "closured /metrics" and not r["label"].startswith("nginx"):
            continue
        parts = [f"{what} {r[key]['median']:.3f}" for key, what in (
            ("server_sleeps", "the server's threads blocked"), ("wrk_sleeps", "wrk blocked"),
            ("idle_entries", "the CPUs went idle")) if r.get(key)]
        if parts:
            regime.append(f"{r['label'].split(',')[0]}: " + ", ".join(parts))
    if regime:
        out += ["", "Per request in the pairs (medians; voluntary context switches, and the CPUs' "
                "entries into an idle state other than polling, which on a virtual machine halt "
                "the virtual CPU): " + "; ".join(regime) + "."]
    if lat:
        out += ["", f"Latency as measured: `bench/httpload.c`, 32 keep-alive connections for "
                f"{slice_s} s, each sending its next request when the previous answer is "
                "in (as wrk does), every request's latency from its write to its answer's last "
                "byte, nothing added; the same back-to-back pairs, after wrk's.", "",
                "| target | requests/s | p50 ms | p99 ms | p99.9 ms | p99 run by run | errors |",
                "|---|---|---|---|---|---|---|"]
        for r in lat.values():
            runs_txt = ", ".join(f"{x:.2f}" for x in r["p99_runs"] if x is not None)
            out.append(f"| {r['label']} | {fmt_s(r['rps'], '', digits=0)} | "
                       f"{fmt_s(r['p50'], '', digits=2)} | {fmt_s(r['p99'], '', digits=2)} | "
                       f"{fmt_s(r['p999'], '', digits=2)} | {runs_txt} | "
                       f"{r['errors']} of {r['requests']} |")
        if s.get("latency_ratios"):
            lr = s["latency_ratios"]
            out += ["", "`/metrics` requests/s over nginx's under this client, pair by pair: " +
                    ", ".join(f"{x * 100:.0f}%" for x in lr) +
                    f" (median {statistics.median(lr) * 100:.0f}%)."]
    p = s.get("profile")
    if p and p.get("top"):
        share = f"{p['syscalls']:.0f}%" if p.get("syscalls") is not None else "n/a"
        out += ["", f"Profile of the daemon under wrk on `{p['path']}` (perf, self time): "
                f"{share} of samples are inside system calls; top symbols: " +
                ", ".join(f"`{sym}` {v:.1f}%" for v, sym in p["top"]) + "."]
    elif p and p.get("error"):
        out += ["", f"(daemon profile unavailable: {p['error']})"]
    out.append("")
    return out


# ---- section: inspection at scale -----------------------------------------------------------

INSPECT_WORKLOAD = """# inspect_1m: one million live closures (generated by bench/run.py).
def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier


keep = [make_multiplier_of(i % 100) for i in range(1000000)]


def tick():
    return len(keep)
"""


def scrape_loop(port, stop, out):
    """Scrapes /metrics every 5 ms until stop is set, then sends the latencies (None: failed)
    through out. It runs in a process of its own: in a thread of the harness it would share
    the interpreter lock with the listing client, and its timings would include the
    milliseconds the listing client spends reading and parsing megabytes of JSON."""
    lat = []
    while not stop.is_set():
        try:
            status, _, dt = get(port, "/metrics")
            lat.append(dt if status == 200 else None)
        except OSError:
            lat.append(None)
        time.sleep(0.005)
    out.send(lat)
    out.close()


def post_json(port, path, obj, timeout=30):
    """POST a JSON body on loopback; returns (status, body bytes)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    c.request("POST", path, body=json.dumps(obj), headers={"Content-Type": "application/json"})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body


def bench_inspect(ctx, res):
    work = os.path.join(ctx.tmp, "inspect-workloads")
    os.makedirs(work, exist_ok=True)
    for name in SERVER_EXAMPLES:
        shutil.copy(os.path.join(REPO, "examples", name), work)
    d = Daemon(ctx, work)
    out = {}
    try:
        # uploaded, because one million closures need more than the default heap limit
        st, body = post_json(d.port, "/api/v1/workloads",
                             {"name": "inspect_1m", "source": INSPECT_WORKLOAD,
                              "heap_limit_bytes": 1 << 30})
        if st not in (200, 201):
            raise RuntimeError(f"upload of inspect_1m answered {st}: {body[:300]!r}")
        t0 = time.time()
        closures = 0
        w = {}
        while time.time() - t0 < 120:
            st, body, _ = get(d.port, "/api/v1/workloads/inspect_1m")
            w = json.loads(body) if st == 200 else {}
            closures = w.get("closures", 0)
            if closures >= 1_000_000 or w.get("state") == "failed":
                break
            time.sleep(0.5)
        out["load_seconds"] = time.time() - t0
        out["closures"] = closures
        out["state"] = w.get("state")
        if closures < 1_000_000:
            out["error"] = f"workload holds {closures} closures after {out['load_seconds']:.0f} s " \
                           f"(state {w.get('state')}, error {w.get('error')})"
            res["inspect"] = out
            return
        time.sleep(1.5)
        # /metrics alone, with the 1e6-closure workload idle
        idle = []
        for _ in range(40):
            idle.append(get(d.port, "/metrics")[2])
            time.sleep(0.02)
        out["metrics_idle"] = idle
        # closure listings, with a concurrent /metrics scraper (another process)
        mp = multiprocessing.get_context("fork")
        stop = mp.Event()
        lat_in, lat_out = mp.Pipe(duplex=False)
        th = mp.Process(target=scrape_loop, args=(d.port, stop, lat_out))
        th.start()
        listings = {}
        try:
            for limit in (100, 10000):
                times, sizes, totals = [], [], []
                for _ in range(2 if ctx.quick else 3):
                    st, body, dt = get(d.port, f"/api/v1/workloads/inspect_1m/closures?limit={limit}",
                                       timeout=120)
                    times.append(dt if st == 200 else None)
                    sizes.append(len(body))
                    if st == 200:
                        totals.append(json.loads(body).get("total"))
                listings[limit] = {"time": summary(times), "bytes": max(sizes),
                                   "total": totals[-1] if totals else None}
        finally:
            stop.set()
            lat_out.close()  # the child's copy stays open until it has sent
            try:
                lat = lat_in.recv()
            except EOFError:
                lat = []
            th.join()
        out["listings"] = listings
        out["metrics_during"] = lat
        # /metrics under wrk (p99 and req/s), idle and while a client lists closures nonstop
        secs = 3 if ctx.quick else 8
        out["wrk_idle"] = wrk(d.port, "/metrics", secs, conns=8)
        stop = threading.Event()

        def lister():
            while not stop.is_set():
                try:
                    get(d.port, "/api/v1/workloads/inspect_1m/closures?limit=100", timeout=120)
                except OSError:
                    pass

        th = threading.Thread(target=lister)
        th.start()
        try:
            time.sleep(0.5)
            out["wrk_listing"] = wrk(d.port, "/metrics", secs, conns=8)
        finally:
            stop.set()
            th.join()
        st, body, _ = get(d.port, "/metrics")
        out["metrics_bytes"] = len(body)
    finally:
        d.stop()
    res["inspect"] = out


def render_inspect(i):
    out = ["## Inspection at scale", "",
           "A workload holding one million live closures (`inspect_1m`, generated by the "
           "harness) runs beside the three example workloads. The closures listing is "
           "O(live closures) per request by design and the API returns at most 10,000 entries "
           "(`limit` ≤ 10000, no cursor), so \"listing every closure\" is measured as the full "
           "scan behind each listing request. Meanwhile a client scrapes `/metrics` every 5 ms. "
           "The listing runs on the workload's worker thread; `/metrics` is built on the HTTP "
           "thread from the views the workers publish, so a scrape never waits for a listing. "
           "Targets: `/metrics` p99 < 5 ms idle and during listings.", ""]
    if i.get("error"):
        return out + [f"**not measured**: {i['error']}", ""]
    out.append(f"Loading the workload took {i['load_seconds']:.1f} s ({i['closures']} closures).")
    out += ["", "| request | time (median, min–max) | answer bytes | closures scanned |",
            "|---|---|---|---|"]
    for limit, l in i["listings"].items():
        out.append(f"| closures?limit={limit} | {fmt_s(l['time'], 'ms', 1e3, 1)} | {l['bytes']} | "
                   f"{l['total']} |")
    idle = [x for x in i["metrics_idle"] if x is not None]
    dur = [x for x in i["metrics_during"] if x is not None]
    fails = sum(1 for x in i["metrics_during"] if x is None)
    out += ["", "| /metrics scrape | n | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|"]
    for label, v in (("idle (1e6 closures live)", idle), ("during the listings", dur)):
        if v:
            out.append(f"| {label} | {len(v)} | {percentile(v, 50) * 1e3:.2f} | "
                       f"{percentile(v, 99) * 1e3:.2f} | {max(v) * 1e3:.2f} |")
    if fails:
        out.append(f"\n{fails} scrapes failed during the listings.")
    out.append(f"\n`/metrics` answer with this workload loaded: {i['metrics_bytes']} bytes.")
    if i.get("wrk_idle"):
        out += ["", "`/metrics` under `wrk -t1 -c8` (keep-alive):", "",
                "| /metrics | req/s | p50 ms | p99 ms | errors |", "|---|---|---|---|---|"]
        for label, key in (("idle (1e6 closures live)", "wrk_idle"),
                           ("while closures are listed nonstop", "wrk_listing")):
            w = i.get(key) or {}
            if w.get("rps") is not None:
                out.append(f"| {label} | {w['rps']:.0f} | {w['p50']:.2f} | {w['p99']:.2f} | "
                           f"{w['errors']} |")
    out.append("")
    return out


# ---- section: scaling over workers ----------------------------------------------------------

SPIN_WORKLOAD = """# spin: counts forever (generated by bench/run.py).
n = 0
while True:
    n += 1
"""


def bench_scaling(ctx, res):
    """Aggregate VM instructions per second of 1, 2 and 4 spinning workloads on --workers 1
    and 2, from the published instruction counters (/api/v1/status)."""
    out = {}
    secs = 2 if ctx.quick else 5
    for workers in (1, 2):
        for n in (1, 2, 4):
            work = os.path.join(ctx.tmp, f"scaling-{workers}-{n}")
            os.makedirs(work, exist_ok=True)
            for k in range(n):
                with open(os.path.join(work, f"spin{k}.py"), "w") as f:
                    f.write(SPIN_WORKLOAD)
            d = Daemon(ctx, work, ("--workers", str(workers)))
            try:
                time.sleep(1.0)

                def instructions():
                    st, body, _ = get(d.port, "/api/v1/status")
                    return json.loads(body)["totals"]["instructions_total"], time.monotonic()

                i0, t0 = instructions()
                time.sleep(secs)
                i1, t1 = instructions()
                out[f"{workers}/{n}"] = (i1 - i0) / (t1 - t0)
                log(f"scaling: --workers {workers}, {n} spinning: {out[f'{workers}/{n}']:.3g} instr/s")
            finally:
                d.stop()
    res["scaling"] = out


def render_scaling(sc):
    out = ["## Scaling over worker threads", "",
           "Aggregate VM instructions per second of N workloads that spin (`n += 1` in a "
           "`while True:` loop), measured from the published counters over a few seconds, with "
           "`--workers 1` and `--workers 2`. Each workload is pinned to one worker; with one "
           "worker they share its slices, with two they run in parallel.", "",
           "| spinning workloads | --workers 1 | --workers 2 | 2 / 1 |", "|---|---|---|---|"]
    for n in (1, 2, 4):
        a, b = sc.get(f"1/{n}"), sc.get(f"2/{n}")
        if a is None or b is None:
            continue
        out.append(f"| {n} | {a / 1e6:.1f} M/s | {b / 1e6:.1f} M/s | {b / a:.2f}× |")
    return out + [""]
