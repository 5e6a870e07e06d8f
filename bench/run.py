#!/usr/bin/env python3
# run.py: the benchmark harness: runs closured against CPython, Lua and nginx
# (runtime programs, memory per closure, collector pauses, HTTP throughput,
# inspection at scale, accounting overhead) and writes bench/RESULTS.md.
# Python 3 standard library only. Not a test: nothing in `make test` uses it.
# What every section shares is in benchlib.py; the sections that serve HTTP
# (server, inspection at scale, scaling) are in bench_http.py.
#
# usage: python3 bench/run.py [--build DIR] [--runs N] [--only SECTION,...]
#                             [--programs NAME,...] [--out FILE] [--quick]
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time

from benchlib import (BENCH, CMD_TIMEOUT, NOISE, PROGS, REPO, RUNTIME_PROGRAMS, SECTIONS, T_GC_SHARE,
                      T_HEAP_B, T_METRICS_NGINX, T_RSS_B, T_VS_CPYTHON, T_VS_LUA, fmt_ratio, fmt_s, log,
                      percentile, perf_top, perf_syscall_share, ratio, run_cmd, summary, tokens)
from bench_http import (bench_inspect, bench_scaling, bench_server, get, render_inspect, server_share,
                        render_scaling, render_server)


# ---- the environment ---------------------------------------------------------------------

def sh(cmd):
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20)
        return (r.stdout + r.stderr).strip()
    except Exception as e:  # a missing tool is a fact to record, not a failure
        return f"unavailable ({e})"


def machine_facts():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = sh("free -h | awk '/^Mem:/ {print $2}'")
    debian = sh("cat /etc/debian_version")
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "kernel": platform.release(),
        "os": f"Debian {debian}",
        "memory": mem,
        "loadavg_start": os.getloadavg(),
    }


def build_kind(build):
    """How the measured closured was built, read from its CMake cache: plain
    Release (-O2), or `make release` (-O2 with profile-guided and link-time
    optimisation)."""
    cache = {}
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                m = re.match(r"^(CLOSURED_PGO|CLOSURED_LTO):\w+=(.*)$", line.strip())
                if m:
                    cache[m.group(1)] = m.group(2)
    except OSError:
        return "build flags unknown"
    kind = ["Release -O2"]
    if cache.get("CLOSURED_PGO") == "use":
        kind.append("PGO trained on the conformance corpus and bench/'s programs")
    if cache.get("CLOSURED_LTO", "OFF").upper() in ("ON", "1", "TRUE", "YES"):
        kind.append("LTO")
    return ", ".join(kind)


def versions(ctx):
    git = sh(f"git -C {REPO} rev-parse --short HEAD")
    dirty = sh(f"git -C {REPO} status --porcelain -- runtime daemon api | head -1")
    return {
        "closured": sh(f"{ctx.closured} --version") + f" (git {git}{', uncommitted changes' if dirty else ''}, {build_kind(ctx.build)})",
        "CPython": sh(f"{ctx.python} --version") + f" ({ctx.python})",
        "Lua": sh("lua5.4 -v"),
        "nginx": sh("nginx -v"),
        "wrk": sh("wrk -v | head -1"),
        "gcc": sh("gcc --version | head -1"),
        "perf": sh("perf --version") if shutil.which("perf") else "not installed",
    }


# ---- contenders ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, args):
        self.build = os.path.abspath(args.build)
        self.closured = os.path.join(self.build, "closured")
        self.python = args.python
        self.runs = args.runs
        self.quick = args.quick
        self.server_rt = args.server_rt
        self.tmp = tempfile.mkdtemp(prefix="closured-bench-")
        self.probe = os.path.join(self.tmp, "probe")
        self.notes = []

    def build_probe(self):
        lib = os.path.join(self.build, "librt.a")
        # probe.c is compiled with the project's warnings as errors; with an
        # LTO library the link re-optimises the runtime's code across files,
        # which its own build already checked, so the link step alone runs
        # without -Werror (gcc's link-time maybe-uninitialized guesses).
        lto = ["-flto=auto"] if "LTO" in build_kind(self.build) else []
        obj = self.probe + ".o"
        steps = [["gcc", "-std=c11", "-O2", *lto, "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra",
                  "-Werror", f"-I{REPO}", "-c", os.path.join(BENCH, "probe.c"), "-o", obj],
                 ["gcc", "-O2", *lto, obj, lib, "-lm", "-o", self.probe]]
        for cmd in steps:
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"bench: building probe failed:\n{r.stderr}")

    def closured_probe(self, prog):
        report = os.path.join(self.tmp, "probe.json")
        r = run_cmd([self.probe, os.path.join(PROGS, prog), report], cwd=PROGS)
        data = json.load(open(report)) if r.rc == 0 and os.path.exists(report) else None
        return r, data

    def graph_probe(self, prog, builds):
        report = os.path.join(self.tmp, "graph.json")
        r = run_cmd([self.probe, "graph", os.path.join(PROGS, prog), report, str(builds)], cwd=PROGS)
        data = json.load(open(report)) if r.rc == 0 and os.path.exists(report) else None
        return r, data

    def python_probe(self, mode, prog):
        report = os.path.join(self.tmp, "pyprobe.json")
        r = run_cmd([self.python, os.path.join(BENCH, "pyprobe.py"), mode,
                     os.path.join(PROGS, prog), report], cwd=PROGS)
        data = json.load(open(report)) if r.rc == 0 else None
        return r, data

    def lua_probe(self, prog):
        report = os.path.join(self.tmp, "luaprobe.json")
        r = run_cmd(["lua5.4", os.path.join(BENCH, "luaprobe.lua"), os.path.join(PROGS, prog),
                     report], cwd=PROGS)
        data = json.load(open(report)) if r.rc == 0 else None
        return r, data


def contenders(ctx, name):
    out = [
        ("closured", [ctx.closured, "run", os.path.join(PROGS, name + ".py")]),
        ("CPython", [ctx.python, os.path.join(PROGS, name + ".py")]),
    ]
    if os.path.exists(os.path.join(PROGS, name + ".lua")):  # some programs have no Lua twin
        out.append(("Lua", ["lua5.4", os.path.join(PROGS, name + ".lua")]))
    return out


# ---- section: runtime programs ------------------------------------------------------------

def bench_runtime(ctx, res):
    rows = []
    for name, desc in RUNTIME_PROGRAMS:
        log(f"runtime: {name}")
        runs = {c: [] for c, _ in contenders(ctx, name)}
        outputs = {}
        failed = {}
        # round-robin, so that a burst of load elsewhere hits every contender
        for i in range(ctx.runs + 1):
            for who, cmd in contenders(ctx, name):
                if who in failed:
                    continue
                r = run_cmd(cmd, cwd=PROGS)
                if r.rc != 0:
                    failed[who] = (r.err.strip().splitlines() or ["exit %d" % r.rc])[-1]
                    continue
                outputs.setdefault(who, tokens(r.out))
                if tokens(r.out) != outputs[who]:
                    failed[who] = "output differs between runs"
                if i > 0:  # the first round warms caches and is not counted
                    runs[who].append(r)
        ref = outputs.get("CPython")
        agree = {w: (outputs.get(w) == ref) for w in runs if w not in failed}
        row = {"name": name, "desc": desc, "checksum": " ".join(ref or []), "failed": failed,
               "agree": agree}
        for who, rs in runs.items():
            row[who] = {"cpu": summary([r.cpu for r in rs]), "wall": summary([r.wall for r in rs]),
                        "rss_kb": summary([r.rss_kb for r in rs])} if rs and who not in failed else None
        rows.append(row)
    res["runtime"] = rows


def render_runtime(rows, runs):
    out = ["## Runtime programs", "",
           f"Each program ran {runs} times per contender (plus one uncounted warm-up round), "
           "round-robin. Times are **CPU seconds (user+sys)** of the process, median "
           "(min–max), because other work shares this machine; wall-clock medians are in the "
           "second table. Speed vs CPython = CPython time / closured time (target ≥ 2×); "
           "vs Lua = closured time / Lua time (target ≤ 1.5×). Every contender must print the "
           "same checksum.", "",
           "| program | closured | CPython | Lua | speed vs CPython | time vs Lua | checksum |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        cells = []
        for who in ("closured", "CPython", "Lua"):
            if r["failed"].get(who):
                cells.append(f"FAILED: {r['failed'][who][:80]}")
            else:
                cells.append(fmt_s(r[who]["cpu"]) if r.get(who) else "n/a")
        c = r.get("closured") and r["closured"]["cpu"]["median"]
        p = r.get("CPython") and r["CPython"]["cpu"]["median"]
        l = r.get("Lua") and r["Lua"]["cpu"]["median"]
        vs_py, vs_lua = ratio(p, c), ratio(c, l)
        mark_py = "" if vs_py is None else (" ✅" if vs_py >= T_VS_CPYTHON else " ❌")
        mark_lua = "" if vs_lua is None else (" ✅" if vs_lua <= T_VS_LUA else " ❌")
        bad = [w for w, ok in r["agree"].items() if not ok]
        check = r["checksum"] + (f" (**{', '.join(bad)} disagree**)" if bad else " (all agree)")
        out.append(f"| {r['name']} | {cells[0]} | {cells[1]} | {cells[2]} | "
                   f"{fmt_ratio(vs_py)}{mark_py} | {fmt_ratio(vs_lua)}{mark_lua} | {check} |")
    out += ["", "Wall-clock seconds, median (min–max):", "",
            "| program | closured | CPython | Lua |", "|---|---|---|---|"]
    for r in rows:
        cells = [fmt_s(r[w]["wall"]) if r.get(w) else "n/a" for w in ("closured", "CPython", "Lua")]
        out.append(f"| {r['name']} | {' | '.join(cells)} |")
    out += ["", "Programs: " + "; ".join(f"`{r['name']}` — {r['desc']}" for r in rows) + ".", ""]
    return out


# ---- section: memory per closure ----------------------------------------------------------

def bench_memory(ctx, res):
    n = 1_000_000
    runs = max(2, ctx.runs // 2)
    data = {"closured": {"heap": [], "rss": []}, "CPython": {"heap": [], "rss": []},
            "Lua": {"heap": [], "rss": []}}
    errors = []
    for i in range(runs):
        log(f"memory: run {i + 1}/{runs}")
        # closured: live heap from the runtime's own accounting; RSS from `closured run`
        a, da = ctx.closured_probe("mem_closures.py")
        b, db = ctx.closured_probe("mem_baseline.py")
        if da and db:
            data["closured"]["heap"].append((da["heap_bytes"] - db["heap_bytes"]) / n)
            data["closured"]["closures"] = da["closures"]
        else:
            errors.append("closured probe: " + (a.err or b.err).strip()[-200:])
        ra = run_cmd([ctx.closured, "run", os.path.join(PROGS, "mem_closures.py")], cwd=PROGS)
        rb = run_cmd([ctx.closured, "run", os.path.join(PROGS, "mem_baseline.py")], cwd=PROGS)
        if ra.rc == 0 and rb.rc == 0:
            data["closured"]["rss"].append((ra.rss_kb - rb.rss_kb) * 1024 / n)
        # CPython: tracemalloc in the probe; RSS from a plain run
        a, da = ctx.python_probe("mem", "mem_closures.py")
        b, db = ctx.python_probe("mem", "mem_baseline.py")
        if da and db:
            data["CPython"]["heap"].append((da["heap_bytes"] - db["heap_bytes"]) / n)
        ra = run_cmd([ctx.python, os.path.join(PROGS, "mem_closures.py")], cwd=PROGS)
        rb = run_cmd([ctx.python, os.path.join(PROGS, "mem_baseline.py")], cwd=PROGS)
        data["CPython"]["rss"].append((ra.rss_kb - rb.rss_kb) * 1024 / n)
        # Lua: collectgarbage("count") in the probe; RSS from a plain run
        a, da = ctx.lua_probe("mem_closures.lua")
        b, db = ctx.lua_probe("mem_baseline.lua")
        if da and db:
            data["Lua"]["heap"].append((da["heap_bytes"] - db["heap_bytes"]) / n)
        ra = run_cmd(["lua5.4", os.path.join(PROGS, "mem_closures.lua")], cwd=PROGS)
        rb = run_cmd(["lua5.4", os.path.join(PROGS, "mem_baseline.lua")], cwd=PROGS)
        data["Lua"]["rss"].append((ra.rss_kb - rb.rss_kb) * 1024 / n)
    res["memory"] = {"runs": runs, "errors": errors,
                     "rows": {w: {"heap": summary(d["heap"]), "rss": summary(d["rss"])}
                              for w, d in data.items()}}


def render_memory(m):
    rows = m["rows"]
    out = ["## Memory per live closure", "",
           f"One million single-cell closures kept alive in a global list "
           "(`mem_closures`), minus the same program (the same functions) with the list holding "
           "small ints (`mem_baseline`), divided "
           "by 10⁶. Heap: closured's own accounting (live bytes, every allocation incl. the "
           "16-byte collector link), CPython's tracemalloc, Lua's `collectgarbage(\"count\")`. "
           f"RSS: peak resident set of the process. {m['runs']} runs each; the figures are "
           f"deterministic up to allocator noise. Targets: closured ≤ {T_HEAP_B} heap and ≤ {T_RSS_B} "
           "RSS bytes per closure.",
           "", "| contender | heap bytes / closure | RSS bytes / closure | heap vs closured |",
           "|---|---|---|---|"]
    c = rows["closured"]["heap"]["median"] if rows["closured"]["heap"] else None
    for who in ("closured", "CPython", "Lua"):
        h, r = rows[who]["heap"], rows[who]["rss"]
        rel = fmt_ratio(ratio(h["median"], c)) if h and c else "n/a"
        mark = rmark = ""
        if who == "closured" and h:
            mark = " ✅" if h["median"] <= T_HEAP_B else " ❌"
        if who == "closured" and r:
            rmark = " ✅" if r["median"] <= T_RSS_B else " ❌"
        out.append(f"| {who} | {fmt_s(h, 'B', digits=1)}{mark} | {fmt_s(r, 'B', digits=1)}{rmark} "
                   f"| {rel} |")
    for e in m["errors"]:
        out.append(f"\nerror: `{e}`")
    out.append("")
    return out


# ---- section: machine instructions ------------------------------------------------------

def bench_instructions(ctx, res):
    """Instructions each contender executes per runtime program (cachegrind's
    Ir, one run each): deterministic, unlike CPU times on a shared machine."""
    vg = shutil.which("valgrind")
    if not vg:
        res["instructions"] = {"note": "valgrind not found (scripts/deps.sh bench installs it)"}
        return
    rows = []
    for name, _ in RUNTIME_PROGRAMS:
        row = {"name": name}
        for who, cmd in contenders(ctx, name):
            log(f"instructions: {name} on {who}")
            out = os.path.join(ctx.tmp, "cachegrind.out")
            r = run_cmd([vg, "--tool=cachegrind", "--cache-sim=no",
                         f"--cachegrind-out-file={out}"] + cmd, cwd=PROGS, timeout=1800)
            m = re.search(r"I\s+refs:\s+([\d,]+)", r.err)
            row[who] = int(m.group(1).replace(",", "")) if r.rc == 0 and m else None
        rows.append(row)
    res["instructions"] = {"rows": rows}


def render_instructions(ins):
    out = ["## Machine instructions", ""]
    if "rows" not in ins:
        return out + [ins.get("note", "not measured"), ""]
    out += ["Instructions executed per program, counted by `valgrind --tool=cachegrind "
            "--cache-sim=no` (one run each: the counts are deterministic, so they hold where "
            "the CPU times above are noise; this machine exposes no hardware counters to "
            "`perf stat`). Billions; the ratios are closured's count over the other's.", "",
            "| program | closured | CPython | Lua | closured / CPython | closured / Lua |",
            "|---|---|---|---|---|---|"]
    for r in ins["rows"]:
        c, p, l = r.get("closured"), r.get("CPython"), r.get("Lua")
        cells = [f"{v / 1e9:.2f}" if v else "n/a" for v in (c, p, l)]
        out.append(f"| {r['name']} | {' | '.join(cells)} | {fmt_ratio(ratio(c, p))} | "
                   f"{fmt_ratio(ratio(c, l))} |")
    return out + [""]


# ---- section: collector pauses ------------------------------------------------------------

def bench_gc(ctx, res):
    runs = max(2, ctx.runs // 2)
    full = {}
    for prog in ("gc_full_lists", "gc_full_closures"):
        per = {"closured": [], "CPython": [], "Lua": []}
        errors = []
        for i in range(runs):
            log(f"gc: {prog} run {i + 1}/{runs}")
            r, d = ctx.closured_probe(prog + ".py")
            if d:
                ev = [e for e in d["events"] if e[0] == 2 and e[4]]
                per["closured"].append(statistics.median([e[1] for e in ev[-5:]]) if ev else None)
            else:
                errors.append("closured: " + r.err.strip()[-200:])
            r, d = ctx.python_probe("gc", prog + ".py")
            if d:
                ev = [e for e in d["events"] if e[0] == 2]
                per["CPython"].append(statistics.median([e[1] for e in ev[-5:]]) if ev else None)
            if os.path.exists(os.path.join(PROGS, prog + ".lua")):
                r, d = ctx.lua_probe(prog + ".lua")
                if d:
                    per["Lua"].append(statistics.median(d["full_pauses_ns"]))
        full[prog] = {"rows": {w: summary(v) for w, v in per.items()}, "errors": errors}
    # young generation during the cycle workload
    young = {}
    pooled = {"closured": {}, "CPython": {}}
    lost = 0
    for i in range(runs):
        log(f"gc: cycles run {i + 1}/{runs}")
        r, d = ctx.closured_probe("cycles.py")
        if d:
            lost += d.get("lost_events", 0)
            for e in d["events"]:
                pooled["closured"].setdefault(e[0], []).append(e[1])
        r, d = ctx.python_probe("gc", "cycles.py")
        if d:
            for e in d["events"]:
                pooled["CPython"].setdefault(e[0], []).append(e[1])
    for who, gens in pooled.items():
        young[who] = {}
        for g, pauses in sorted(gens.items()):
            young[who][g] = {"count_per_run": len(pauses) / runs, "p50": percentile(pauses, 50),
                             "p90": percentile(pauses, 90), "p99": percentile(pauses, 99),
                             "max": max(pauses), "total_per_run": sum(pauses) / runs}
    res["gc"] = {"runs": runs, "full": full, "young": young, "lost_events": lost}


def render_gc(g):
    out = ["## Collector pauses", "",
           f"Full collection: the median of five `gc.collect()` calls on the heap, per run; "
           f"median (min–max) over {g['runs']} runs, in milliseconds. closured's pause is the "
           "one its collector records for each collection (monotonic clock around the "
           "collection); CPython's is timed from Python with `gc.callbacks` start/stop and "
           "`time.perf_counter_ns` (closured has no clock in its subset, so the harness reads "
           "its event log instead of timing a callback). Lua: `collectgarbage(\"collect\")` "
           "timed with `os.clock`, for reference. Target: closured ≤ CPython.", "",
           "| heap | closured | CPython | Lua | closured / CPython |", "|---|---|---|---|---|"]
    shapes = {"gc_full_lists": "10⁶ one-element lists", "gc_full_closures": "10⁶ closures (+ cells)"}
    for prog, f in g["full"].items():
        rows = f["rows"]
        c = rows["closured"]["median"] if rows["closured"] else None
        p = rows["CPython"]["median"] if rows["CPython"] else None
        r = ratio(c, p)
        mark = "" if r is None else (" ✅" if r <= 1.0 else " ❌")
        cells = [fmt_s(rows[w], "ms", 1e-6, 1) if rows[w] else "n/a" for w in ("closured", "CPython", "Lua")]
        out.append(f"| {shapes[prog]} | {' | '.join(cells)} | {fmt_ratio(r)}{mark} |")
        for e in f["errors"]:
            out.append(f"\nerror: `{e}`")
    out += ["", f"Young-generation (and older) pauses during `cycles` ({g['runs']} runs pooled; "
            "counts and totals per run), in microseconds:", "",
            "| contender | gen | collections/run | p50 | p90 | p99 | max | total ms/run |",
            "|---|---|---|---|---|---|---|---|"]
    for who, gens in g["young"].items():
        for gen, s in gens.items():
            out.append(f"| {who} | {gen} | {s['count_per_run']:.0f} | {s['p50'] / 1e3:.1f} | "
                       f"{s['p90'] / 1e3:.1f} | {s['p99'] / 1e3:.1f} | {s['max'] / 1e3:.1f} | "
                       f"{s['total_per_run'] / 1e6:.2f} |")
    if g["lost_events"]:
        out.append(f"\n({g['lost_events']} closured events were overwritten in the ring before "
                   "the probe read them.)")
    out.append("")
    return out


# ---- section: heap graph at scale (issue 8) ------------------------------------------------

GRAPH_TARGET_S = 1.0  # issue 8: a heap of one million objects analysed in under one second


def bench_graph(ctx, res):
    """rt_graph_build (walk, dominators, closures, sites) on graph_million.py's
    heap, through `probe graph`: per process one cold build (fresh memory)
    and two warm ones; CPU time of the build alone, from inside the probe."""
    cold, warm, wall, mem, rss = [], [], [], [], []
    info, errors = {}, []
    for i in range(ctx.runs):
        log(f"graph: graph_million run {i + 1}/{ctx.runs}")
        r, d = ctx.graph_probe("graph_million.py", 3)
        if not d:
            errors.append("probe: " + (r.err or f"exit {r.rc}").strip()[-200:])
            continue
        cold.append(d["build_cpu_ns"][0] / 1e9)
        warm.append(statistics.median(d["build_cpu_ns"][1:]) / 1e9)
        wall.append(d["build_wall_ns"][0] / 1e9)
        mem.append(d["graph_memory_bytes"])
        rss.append((d["rss_peak_kb"] - d["rss_before_kb"]) * 1024)
        info = {k: d[k] for k in ("heap_objects", "nodes", "edges", "closures")}
    res["graph"] = {"runs": ctx.runs, "cold": summary(cold), "warm": summary(warm),
                    "wall": summary(wall), "memory": summary(mem), "rss": summary(rss),
                    "info": info, "errors": errors}


def render_graph(g):
    out = ["## Heap graph at scale", "",
           "`rt_graph_build` (the walk from the roots, dominators, retained sizes, closures "
           "and sites) on the heap of `programs/graph_million.py` (about 10⁶ live objects: "
           "closures, cells, lists, floats, strs, boxed ints, tuples, a dict), timed inside "
           "`probe graph` with the process CPU clock around the build alone. Each run is a "
           "fresh process that builds three times: the first build (cold: every page fresh) "
           "is the headline; the later two reuse freed memory. Median (min–max) over "
           f"{g['runs']} runs. Target (issue 8): under {GRAPH_TARGET_S:.0f} s CPU for a "
           "million objects.", ""]
    i = g["info"]
    if i:
        out.append(f"Heap: {i['heap_objects']} objects; graph: {i['nodes']} nodes, "
                   f"{i['edges']} edges, {i['closures']} closures.")
        out.append("")
    c = g["cold"]
    out += ["| build | CPU | verdict |", "|---|---|---|"]
    if c:
        ok = c["median"] < GRAPH_TARGET_S
        out.append(f"| cold (first in the process) | {fmt_s(c)} | "
                   f"{'✅' if ok else '❌'} target < {GRAPH_TARGET_S:.0f} s |")
    if g["warm"]:
        out.append(f"| warm (second and third) | {fmt_s(g['warm'])} | |")
    if g["wall"]:
        out.append(f"| cold, wall clock | {fmt_s(g['wall'])} | (shared machine: noisy) |")
    if g["memory"]:
        out.append(f"\nMemory: the graph holds {g['memory']['median'] / 2**20:.0f} MiB "
                   f"({g['memory']['median'] / max(1, i.get('nodes', 1)):.0f} B per node); "
                   f"peak RSS grows by {g['rss']['median'] / 2**20:.0f} MiB during the builds "
                   "(the graph plus the walk's and the dominators' scratch arrays).")
    for e in g["errors"]:
        out.append(f"\nerror: `{e}`")
    out.append("")
    return out



# ---- section: the collector's share ---------------------------------------------------------

GC_LINE = re.compile(r"gc pause:\s+total [0-9.]+ ms \(([0-9.]+) ms CPU\)")
FREED_LINE = re.compile(r"([0-9]+) objects \([0-9]+ bytes\) by the collector")


def bench_collector(ctx, res):
    """The collector's share of each runtime program's CPU time, from `closured run --stats`
    (the CPU time of every collection, as the runtime measures it around its phases) against the
    process's CPU time; and whether the collector freed anything there (the target holds where
    it frees nothing: refcounting already freed everything)."""
    rows = []
    runs = 3 if ctx.quick else ctx.runs
    for name, _desc in RUNTIME_PROGRAMS:
        log(f"collector: {name}")
        prog = os.path.join(PROGS, name + ".py")
        shares, freed = [], None
        for i in range(runs + 1):
            r = run_cmd([ctx.closured, "run", "--stats", prog], cwd=PROGS)
            m, f = GC_LINE.search(r.err), FREED_LINE.search(r.err)
            if r.rc != 0 or not m or not f or not r.cpu:
                continue
            freed = int(f.group(1))
            if i > 0:
                shares.append(float(m.group(1)) / 1e3 / r.cpu)
        if shares:
            rows.append({"name": name, "share": summary(shares), "freed": freed})
    res["collector"] = {"rows": rows, "runs": runs}


def render_collector(c):
    out = ["## The collector's share", "",
           f"Each runtime program ran {c['runs']} times (plus a warm-up) with `closured run --stats`: "
           "the CPU time the runtime measured inside its collections, over the process's CPU "
           f"time; median (min–max). Target: at most {T_GC_SHARE * 100:.0f}% where the collector "
           "frees nothing (the objects it freed are in the last column).", "",
           "| program | collector share | objects freed by the collector | target |",
           "|---|---|---|---|"]
    for r in c["rows"]:
        sh = r["share"]
        frees_nothing = r["freed"] == 0
        mark = ("✅" if sh["median"] <= T_GC_SHARE else "❌") if frees_nothing else "n/a (frees cycles)"
        out.append(f"| {r['name']} | {sh['median'] * 100:.1f}% ({sh['min'] * 100:.1f}–"
                   f"{sh['max'] * 100:.1f}%) | {r['freed']} | {mark} |")
    return out + [""]


# ---- section: accounting overhead -----------------------------------------------------------

def bench_overhead(ctx, res):
    """What inspection costs: the runtime programs on a plain Release build
    against one built with -DCLOSURED_ACCOUNTING=OFF (RT_NO_ACCOUNTING: the
    per-type and per-site counting and the per-allocation site lookup compiled
    out; totals and the heap limit stay), in rounds of one run each, CPU time.
    The overhead is the median of the rounds' on/off ratios: the two runs of
    a round meet the same machine back to back (which build goes first
    alternates from round to round), where a build's fastest run may fall in
    a minute when this machine's CPU ran faster for everyone, which nothing
    in the other build's runs cancels. The fastest runs' ratio is kept
    beside it."""
    text = open(os.path.join(REPO, "CMakeLists.txt")).read()
    if "CLOSURED_ACCOUNTING" not in text:
        res["overhead"] = {"switch": None}
        return
    out = {"switch": "CLOSURED_ACCOUNTING", "rows": []}
    # Both sides are built here with the same plain Release flags, so the
    # switch is the only difference: the measured build may carry a profile
    # (make release) that a second build could not share. The two build trees
    # are kept under build/ between runs, so a rerun rebuilds only what changed.
    binaries = {}
    for key, value in (("on", "ON"), ("off", "OFF")):
        variant = os.path.join(REPO, "build", "bench-accounting-" + key)
        log(f"overhead: building the CLOSURED_ACCOUNTING={value} variant")
        for cmd in (["cmake", "-S", REPO, "-B", variant, "-DCMAKE_BUILD_TYPE=Release",
                     f"-DCLOSURED_ACCOUNTING={value}"],
                    ["cmake", "--build", variant, "-j2", "--target", "closured"]):
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                out["note"] = "building a variant failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
                res["overhead"] = out
                return
        binaries[key] = os.path.join(variant, "closured")
    # Four times the rounds of other sections, odd (the median is one round's): a difference
    # of a few percent between two builds is what this section measures, one run of a program
    # takes a second or less, and the median of the rounds' ratios settles with their number
    # (docs/dev/collector-accounting.md, "The accounting overhead measured a fourth time").
    runs = 3 if ctx.quick else 4 * ctx.runs + 1
    for name, _desc in RUNTIME_PROGRAMS:
        log(f"overhead: {name}")
        prog = os.path.join(PROGS, name + ".py")
        times = {"on": [], "off": []}
        ratios = []
        for i in range(runs + 1):  # round 0 warms both up and is not counted
            order = ("on", "off") if i % 2 == 0 else ("off", "on")
            got = {}
            for key in order:
                r = run_cmd([binaries[key], "run", prog], cwd=PROGS)
                if r.rc == 0:
                    got[key] = r.cpu
            if i == 0 or len(got) != 2:
                continue
            for key in got:
                times[key].append(got[key])
            if got["off"] > 0:
                ratios.append(got["on"] / got["off"])
        if times["on"] and times["off"] and ratios:
            out["rows"].append({"name": name, "on": summary(times["on"]),
                                "off": summary(times["off"]), "ratio": summary(ratios),
                                "paired": True})
    out["runs"] = runs
    res["overhead"] = out


def overhead_of(row):
    """A program's accounting overhead in percent: the median of the rounds' on/off ratios
    (bench_overhead); in results from before that, the fastest run with the accounting over
    the fastest without, or the ratio of the two medians before the rounds were paired."""
    if row.get("paired"):
        return (row["ratio"]["median"] - 1.0) * 100
    return fastest_overhead(row)


def fastest_overhead(row):
    """The fastest run with the accounting over the fastest without, in percent (the ratio
    of the two medians in results from before the rounds were paired)."""
    key = "min" if row.get("ratio") else "median"
    on, off = row["on"][key], row["off"][key]
    return (on / off - 1.0) * 100 if off else None


def render_overhead(o, prof):
    out = ["## Accounting overhead", ""]
    if not o.get("switch"):
        out.append("**Not measured: the runtime has no compile-time switch to compile the "
                   "per-allocation accounting out** (every allocation goes through "
                   "`runtime/heap.c`, which counts bytes and objects by type and by site "
                   "unconditionally). The target (< 5%) cannot be checked until the runtime "
                   "offers one (e.g. `-DRT_NO_ACCOUNTING`); the harness looks for it and the "
                   "section is ready to grow the A/B run.")
    elif o.get("rows"):
        out.append(f"Each runtime program ran in {o['runs']} rounds (plus a warm-up round) of one "
                   "run on each of two plain Release (-O2) builds made for this section, one as "
                   "usual and one configured with "
                   "`-DCLOSURED_ACCOUNTING=OFF`, which compiles out the per-type and per-site "
                   "counting and the per-allocation site lookup (live totals and the heap "
                   "limit stay); which build goes first alternates from round to round. "
                   "CPU time. Overhead = the median of the rounds' on / off ratios − 1: each "
                   "round's two runs meet the same machine, back to back. The fastest run with "
                   "the accounting over the fastest without is shown beside it; on this machine "
                   "one build's fastest run can fall in a minute when the CPU ran faster for "
                   "everyone, which the paired ratios cancel and the fastest runs do not "
                   "(docs/dev/collector-accounting.md). Target < 5%.")
        out += ["", "| program | accounting on | accounting off | on / off, round by round "
                "(median, min–max) | fastest runs | overhead |", "|---|---|---|---|---|---|"]
        for r in o["rows"]:
            over = overhead_of(r) or 0.0
            mark = " ✅" if over < 5 else " ❌"
            ratio_txt = fmt_s(r["ratio"], "", digits=3) if r.get("ratio") else "n/a"
            fast = fastest_overhead(r)
            fast_txt = f"{fast:+.1f}%" if fast is not None else "n/a"
            out.append(f"| {r['name']} | {fmt_s(r['on'])} | {fmt_s(r['off'])} | {ratio_txt} | "
                       f"{fast_txt} | {over:+.1f}%{mark} |")
    else:
        out.append(o.get("note", ""))
    if prof and prof.get("accounting_share"):
        out += ["", "An estimate instead, from the profiles below: the share of closured's CPU "
                "samples (self time, symbols ≥ 0.5%) in the heap's accounting functions "
                "(`rt__heap_*`, `rt_heap_*`, site lookups; mostly inlined into the allocator, so "
                "a lower bound) and in the live-closure registry that inspection maintains on "
                "every function birth and death (`rt__inspect_function_born/died`, `reg_find`):",
                "", "| program | heap accounting | closure registry |", "|---|---|---|"]
        for name, share in prof["accounting_share"].items():
            reg = prof.get("registry_share", {}).get(name, 0.0)
            out.append(f"| {name} | {share:.1f}% | {reg:.1f}% |")
    out.append("")
    return out


# ---- section: profile (perf) ----------------------------------------------------------------

# Per-allocation accounting (heap.c: by type, by site) and the live-closure
# registry that inspection keeps up to date on every function birth and death.
ACCOUNTING_SYMS = re.compile(r"^(rt__?heap_|rt__current_site|rt__site_)")
REGISTRY_SYMS = re.compile(r"^(rt__inspect_function_|reg_find|reg_grow|reg_get|hash_ptr)")




def bench_profile(ctx, res):
    if not shutil.which("perf"):
        res["profile"] = {"error": "perf is not installed (apt: linux-perf)"}
        return
    prof = {"top": {}, "accounting_share": {}, "registry_share": {}}
    for name, _ in RUNTIME_PROGRAMS:
        log(f"profile: {name}")
        data = os.path.join(ctx.tmp, f"perf-{name}.data")
        r = subprocess.run(["perf", "record", "-q", "-F", "999", "-g", "-o", data, "--",
                            ctx.closured, "run", os.path.join(PROGS, name + ".py")],
                           capture_output=True, text=True, cwd=PROGS, timeout=CMD_TIMEOUT)
        if r.returncode != 0:
            prof["error"] = (r.stderr.strip().splitlines() or ["perf record failed"])[-1]
            break
        syms = perf_top(data)
        prof["top"][name] = syms[:8]
        prof["accounting_share"][name] = sum(p for p, s in syms if ACCOUNTING_SYMS.match(s))
        prof["registry_share"][name] = sum(p for p, s in syms if REGISTRY_SYMS.match(s))
    res["profile"] = prof


def render_profile(p):
    out = ["## Where closured spends its time (perf)", ""]
    if p.get("error"):
        return out + [f"not available: {p['error']}", ""]
    out += ["`perf record -F 999` of `closured run` on each runtime program; self time by "
            "symbol (top 8, ≥ 0.5%).", "", "| program | top symbols (self %) |", "|---|---|"]
    for name, syms in p["top"].items():
        out.append(f"| {name} | " + ", ".join(f"`{s}` {v:.1f}" for v, s in syms) + " |")
    out.append("")
    return out


# ---- RESULTS.md ------------------------------------------------------------------------------

def render_targets(res):
    """One line per performance target: the figure, and met or missed by how much."""
    def med(s):
        return s["median"] if s else None

    rows = []
    rt = res.get("runtime")
    if rt:
        for key, label, target, better in (("CPython", "speed vs CPython 3.11", T_VS_CPYTHON, "ge"),
                                            ("Lua", "time vs Lua 5.4", T_VS_LUA, "le")):
            parts, met = [], 0
            for r in rt:
                c = r.get("closured") and med(r["closured"]["cpu"])
                o = r.get(key) and med(r[key]["cpu"])
                v = ratio(o, c) if better == "ge" else ratio(c, o)
                if v is None:
                    parts.append(f"{r['name']} n/a")
                    continue
                ok = v >= target if better == "ge" else v <= target
                met += ok
                parts.append(f"{r['name']} {v:.2f}×")
            goal = f"≥ {target}×" if better == "ge" else f"≤ {target}×"
            rows.append((f"runtime: {label}", goal, ", ".join(parts), f"{met} of {len(rt)} met"))
    m = res.get("memory")
    if m and m["rows"]["closured"]["heap"]:
        v = m["rows"]["closured"]["heap"]["median"]
        py = med(m["rows"]["CPython"]["heap"])
        rows.append(("heap bytes per live closure", f"≤ {T_HEAP_B} B",
                     f"{v:.0f} B (CPython {py:.0f} B)" if py else f"{v:.0f} B",
                     "met" if v <= T_HEAP_B else f"missed by {v - T_HEAP_B:.0f} B"))
        rss = m["rows"]["closured"]["rss"]
        if rss:
            v = rss["median"]
            rows.append(("RSS bytes per live closure", f"≤ {T_RSS_B} B", f"{v:.0f} B",
                         "met" if v <= T_RSS_B else f"missed by {v - T_RSS_B:.0f} B"))
    g = res.get("gc")
    if g:
        for prog, f in g["full"].items():
            c, p = med(f["rows"]["closured"]), med(f["rows"]["CPython"])
            if c and p:
                rows.append((f"full-collection pause ({prog})", "≤ CPython",
                             f"{c / 1e6:.1f} ms vs {p / 1e6:.1f} ms",
                             "met" if c <= p else f"missed: {c / p:.2f}× CPython"))
    sv = res.get("server")
    if sv:
        mrow = next((r for r in sv["rows"] if r["label"] == "closured /metrics"), None)
        ng = next((r for r in sv["rows"] if r["label"].startswith("nginx")), None)
        share = server_share(sv)
        if mrow and ng and share is not None:
            lat = {r["label"]: r for r in sv.get("latency", [])}
            mlat, nlat = lat.get(mrow["label"]), lat.get(ng["label"])
            p99 = med(mlat["p99"]) if mlat else med(mrow["p99"])
            ctx_txt = f" (nginx {med(nlat['p99']):.1f} ms)" if nlat and med(nlat["p99"]) else ""
            # The verdict is the median pair's; the range says whether every pair met it.
            pr = sv.get("pair_ratios") or []
            below = sum(1 for x in pr if x < T_METRICS_NGINX)
            span = f" (pairs {min(pr) * 100:.0f}–{max(pr) * 100:.0f}%)" if pr else ""
            verdict = (f"missed ({share * 100:.0f}% of nginx)" if share < T_METRICS_NGINX
                       else "met" if not below
                       else f"met by the median; {below} of {len(pr)} pairs below")
            rows.append(("/metrics requests/s vs nginx", f"≥ {T_METRICS_NGINX * 100:.0f}%",
                         f"{share * 100:.0f}%{span}", verdict))
            rows.append(("/metrics p99 latency (as measured)", "< 5 ms",
                         f"{p99:.1f} ms{ctx_txt}" if p99 else "n/a",
                         "met" if p99 and p99 < 5 else "missed"))
            rows.append(("HTTP errors", "0", str(sum(r["errors"] for r in sv["rows"])),
                         "met" if all(r["errors"] == 0 for r in sv["rows"]) else "missed"))
    gr = res.get("graph")
    if gr and gr.get("cold"):
        c = gr["cold"]["median"]
        rows.append(("heap graph of 10⁶ objects (issue 8)", f"< {GRAPH_TARGET_S:.0f} s CPU",
                     f"{c:.2f} s cold, {gr['warm']['median']:.2f} s warm",
                     "met" if c < GRAPH_TARGET_S else f"missed by {c - GRAPH_TARGET_S:.2f} s"))
    ins = res.get("inspect")
    if ins and ins.get("metrics_during"):
        dur = [x for x in ins["metrics_during"] if x is not None]
        idle = [x for x in ins.get("metrics_idle", []) if x is not None]
        if dur and idle:
            rows.append(("/metrics with a 10⁶-closure workload", "p99 < 5 ms, idle and listing",
                         f"p99 {percentile(idle, 99) * 1e3:.1f} ms idle, "
                         f"{percentile(dur, 99) * 1e3:.1f} ms during listings",
                         "met" if max(percentile(dur, 99), percentile(idle, 99)) < 0.005
                         else "missed"))
    col = res.get("collector")
    if col and col.get("rows"):
        idle = [r for r in col["rows"] if r["freed"] == 0]
        met = sum(1 for r in idle if r["share"]["median"] <= T_GC_SHARE)
        rows.append(("collector share where it frees nothing", f"≤ {T_GC_SHARE * 100:.0f}%",
                     ", ".join(f"{r['name']} {r['share']['median'] * 100:.1f}%" for r in idle)
                     or "every program freed cycles", f"{met} of {len(idle)} met"))
    ov = res.get("overhead")
    if ov is not None and ov.get("rows"):
        overs = [(r["name"], overhead_of(r)) for r in ov["rows"] if overhead_of(r) is not None]
        met = sum(1 for _, x in overs if x < 5)
        rows.append(("accounting overhead", "< 5%",
                     ", ".join(f"{n} {x:+.1f}%" for n, x in overs),
                     f"{met} of {len(overs)} met"))
    elif ov is not None:
        rows.append(("accounting overhead", "< 5%", "not measured",
                     ov.get("note") or "no compile-time switch in the runtime"))
    if not rows:
        return []
    out = ["## Targets at a glance", "", "| target | goal | result | verdict |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return out + [""]


def render(ctx, res, facts, vers, started, elapsed):
    out = ["# closured benchmarks", "",
           f"Written by `bench/run.py` ({'`make bench`' if not ctx.quick else 'quick mode'}) on "
           f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(started))}, in {elapsed / 60:.1f} "
           "minutes. A wide spread, (max − min) / median above "
           f"{NOISE * 100:.0f}%, is marked **noisy**: treat that figure as noise, not a result. "
           "✅/❌ mark the performance targets (summarised under Targets at a glance).", "",
           "## Machine and versions", "",
           f"- {facts['nproc']} CPUs: {facts['cpu']}; {facts['memory']} RAM; kernel "
           f"{facts['kernel']}; {facts['os']}",
           f"- load average at start {', '.join(f'{x:.2f}' for x in facts['loadavg_start'])}; at "
           f"end {', '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine "
           "makes wall-clock figures noisy; runtime ratios use CPU time)"]
    if "pinned_cpu" in res:
        out.append(f"- every contender of the single-process sections ran pinned to CPU "
                   f"{res['pinned_cpu']}: this machine's two CPUs were seen to differ in speed "
                   "by up to 1.7× for minutes at a time; the server sections use both CPUs")
    out += [f"- {k}: {v}" for k, v in vers.items()]
    out.append("")
    out += render_targets(res)
    if "runtime" in res:
        out += render_runtime(res["runtime"], ctx.runs)
    if "instructions" in res:
        out += render_instructions(res["instructions"])
    if "collector" in res:
        out += render_collector(res["collector"])
    if "memory" in res:
        out += render_memory(res["memory"])
    if "gc" in res:
        out += render_gc(res["gc"])
    if "graph" in res:
        out += render_graph(res["graph"])
    if "server" in res:
        out += render_server(res["server"])
    if "inspect" in res:
        out += render_inspect(res["inspect"])
    if "scaling" in res:
        out += render_scaling(res["scaling"])
    if "overhead" in res:
        out += render_overhead(res["overhead"], res.get("profile"))
    if "profile" in res:
        out += render_profile(res["profile"])
    for name, err in res.get("errors", {}).items():
        out += [f"## {name}: not measured", "", f"```\n{err}\n```", ""]
    return "\n".join(out).rstrip() + "\n"


def default_python():
    """Debian's CPython 3.11 (the distribution's optimised build), else python3 on PATH."""
    for p in ("/usr/bin/python3.11", "/usr/bin/python3"):
        if os.access(p, os.X_OK):
            return p
    return shutil.which("python3") or "python3"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.path.join(REPO, "build", "release"),
                    help="Release build tree holding closured and librt.a")
    ap.add_argument("--runs", type=int, default=5, help="runs per contender (default 5)")
    ap.add_argument("--only", default=",".join(SECTIONS),
                    help="comma-separated sections: " + ",".join(SECTIONS))
    ap.add_argument("--out", default=os.path.join(BENCH, "RESULTS.md"))
    ap.add_argument("--python", default=default_python(),
                    help="the CPython to compare against (default: Debian's /usr/bin/python3.11)")
    ap.add_argument("--quick", action="store_true", help="fewer, shorter runs (a smoke check)")
    ap.add_argument("--server-rt", choices=("auto", "on", "off"), default="auto",
                    help="run the server section's /metrics and nginx pairs at real-time priority "
                         "(SCHED_FIFO: steady on a busy machine, but it holds other processes off "
                         "both CPUs for the runs); auto: only when the load average is below 2 "
                         "(default)")
    ap.add_argument("--programs", default="",
                    help="comma-separated runtime programs to run (default: all of them)")
    args = ap.parse_args()
    if args.programs:
        wanted = [p.strip() for p in args.programs.split(",") if p.strip()]
        known = [name for name, _ in RUNTIME_PROGRAMS]
        unknown = [p for p in wanted if p not in known]
        if unknown:
            raise SystemExit(f"bench: unknown program(s) {', '.join(unknown)}; known: {', '.join(known)}")
        RUNTIME_PROGRAMS[:] = [(n, d) for n, d in RUNTIME_PROGRAMS if n in wanted]
    if args.quick:
        args.runs = min(args.runs, 2)
    ctx = Ctx(args)
    for tool in ("lua5.4", "wrk", "nginx", "gcc", args.python):
        if not shutil.which(tool):
            raise SystemExit(f"bench: {tool} not found (run scripts/deps.sh bench)")
    if not os.access(ctx.closured, os.X_OK):
        raise SystemExit(f"bench: no closured binary in {ctx.build} (build Release first)")
    ctx.build_probe()
    started = time.time()
    facts, vers = machine_facts(), versions(ctx)
    res = {"errors": {}}
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    steps = {"runtime": bench_runtime, "instructions": bench_instructions, "memory": bench_memory,
             "gc": bench_gc, "graph": bench_graph, "server": bench_server, "inspect": bench_inspect,
             "scaling": bench_scaling, "profile": bench_profile, "overhead": bench_overhead,
             "collector": bench_collector}
    all_cpus = os.sched_getaffinity(0)
    for name in SECTIONS:
        if name in only:
            # Every contender of a single-process section runs on the same CPU
            # (children inherit the affinity): on this shared machine the two
            # CPUs differ in speed by up to 1.7x for minutes at a time, which
            # otherwise decides a ratio by where the scheduler put each run.
            # The server sections need both CPUs (daemon and load generator).
            pinned = name not in ("server", "inspect", "scaling")
            os.sched_setaffinity(0, {min(all_cpus)} if pinned else all_cpus)
            res.setdefault("pinned_cpu", min(all_cpus))
            try:
                steps[name](ctx, res)
            except Exception as e:  # one broken section must not lose the others
                import traceback
                res["errors"][name] = "".join(traceback.format_exception(e))[-1500:]
                log(f"{name} failed: {e}")
    elapsed = time.time() - started
    text = render(ctx, res, facts, vers, started, elapsed)
    with open(args.out, "w") as f:
        f.write(text)
    shutil.rmtree(ctx.tmp, ignore_errors=True)
    log(f"wrote {args.out} in {elapsed / 60:.1f} min")
    print(text)


if __name__ == "__main__":
    main()
