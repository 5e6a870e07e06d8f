# benchlib.py: what every section of the benchmark harness (run.py) shares:
# where things are, the targets, running one process and timing it, the
# summaries and their formatting, and reading perf's reports.
# Python 3 standard library only.
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
PROGS = os.path.join(BENCH, "programs")
SECTIONS = ["runtime", "instructions", "collector", "memory", "gc", "graph", "server", "inspect",
            "scaling", "overhead", "profile"]
RUNTIME_PROGRAMS = [
    ("closure_call", "closure creation and call (make_multiplier_of at scale)"),
    ("nonlocal_counter", "nonlocal counters"),
    ("env_churn", "closures capturing large lists, created and dropped"),
    ("cycles", "closures in reference cycles (cycle collector)"),
    ("memo", "decorator/memoizer through *args/**kwargs"),
    ("mix", "general interpreter mix (not closure-specific)"),
    ("generators", "generator pipelines, yield from and send() over captured state"),
    ("objects", "classes: methods, properties, super() and an inheritance tree"),
    ("bigints", "ints past 64 bits: product-tree factorials, memoized and matrix Fibonacci, "
                "Miller-Rabin with pow(a, d, n), decimal/hex conversions, bit operations "
                "(no Lua version: Lua has no big integers)"),
    ("stdlib_mix", "the standard library under closure code: functools.lru_cache over big-int "
                   "recursions, itertools pipelines, collections.deque (no Lua version)"),
]
# The three example workloads the server benchmark runs alongside.
SERVER_EXAMPLES = ["cyclic_closures.py", "leaky_handlers.py", "steady_counter.py"]
NOISE = 0.25          # (max - min) / median above this: flagged as noise
# The performance targets every verdict below is measured against.
T_VS_CPYTHON = 2.0    # speed vs CPython 3.11: at least this
T_VS_LUA = 1.25       # time vs Lua 5.4: at most this
T_HEAP_B = 64         # heap bytes per live one-cell closure: at most
T_RSS_B = 72          # RSS bytes per live one-cell closure: at most
T_METRICS_NGINX = 1.0 # /metrics requests/s as a share of nginx's: at least
T_GC_SHARE = 0.10     # the collector's share of CPU time where it frees nothing: at most
CMD_TIMEOUT = 180     # seconds for any one program run


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---- measuring one process ---------------------------------------------------------------

class Run:
    """One finished process: wall and CPU seconds, peak RSS (KiB), output."""

    def __init__(self, wall, cpu, rss_kb, rc, out, err):
        self.wall, self.cpu, self.rss_kb, self.rc, self.out, self.err = wall, cpu, rss_kb, rc, out, err


def run_cmd(cmd, cwd=None, timeout=CMD_TIMEOUT):
    """Runs cmd to completion; its own rusage comes from wait4, so CPU time and
    peak RSS are this child's alone."""
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL)
        deadline = t0 + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode,
                   fo.read().decode("utf-8", "replace"), fe.read().decode("utf-8", "replace"))


def summary(values):
    """Median, min, max and whether the spread is wide enough to be noise."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    med = statistics.median(values)
    lo, hi = min(values), max(values)
    return {"median": med, "min": lo, "max": hi, "n": len(values),
            "noisy": med > 0 and (hi - lo) / med > NOISE}


def fmt_s(s, unit="s", scale=1.0, digits=3):
    if not s:
        return "n/a"
    m = s["median"] * scale
    text = f"{m:.{digits}f} {unit} ({s['min'] * scale:.{digits}f}–{s['max'] * scale:.{digits}f})"
    return text + (" **noisy**" if s["noisy"] else "")


def ratio(a, b):
    return a / b if a and b else None


def fmt_ratio(r, digits=2):
    return "n/a" if r is None else f"{r:.{digits}f}×"


def percentile(values, p):
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(v) - 1)
    return v[f] + (v[c] - v[f]) * (k - f)


def tokens(text):
    return text.split()



def perf_top(data, limit=0.5):
    """Self-time percentages by symbol from a perf.data file."""
    rep = subprocess.run(["perf", "report", "-i", data, "--no-children", "--stdio",
                          "--sort", "symbol", "-g", "none", "--percent-limit", str(limit)],
                         capture_output=True, text=True, timeout=120)
    syms = []
    for line in rep.stdout.splitlines():
        m = re.match(r"^\s+([\d.]+)%\s+\[([.k])\]\s+(\S+)", line)
        if m:
            syms.append((float(m.group(1)), ("[k] " if m.group(2) == "k" else "") + m.group(3)))
    return syms


def perf_syscall_share(data):
    """Share of samples (with children) under the kernel's syscall entry."""
    rep = subprocess.run(["perf", "report", "-i", data, "--children", "--stdio",
                          "--sort", "symbol", "-g", "none", "--percent-limit", "1"],
                         capture_output=True, text=True, timeout=120)
    for line in rep.stdout.splitlines():
        m = re.match(r"^\s+([\d.]+)%\s+[\d.]+%\s+\[k\]\s+(entry_SYSCALL_64\S*|do_syscall_64)", line)
        if m:
            return float(m.group(1))
    return None
