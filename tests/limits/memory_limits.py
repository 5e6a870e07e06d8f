#!/usr/bin/env python3
"""Memory a workload causes is charged to its heap limit: each program here
asks for far more than a 64 MiB limit (string builders and format buffers,
repetition and joins, the frame stack of a deep recursion under a raised
recursion limit, sorting, a regular expression's backtrack stack) and must
end in MemoryError at once, with the process's peak RSS under the limit plus
a fixed overhead.

Usage: memory_limits.py CLOSURED_BINARY

Runs in the Debug build only (label limits): AddressSanitizer's quarantine
and shadow memory would make the RSS figure meaningless. Python 3 stdlib
only; exits 1 if any case fails."""

import os
import subprocess
import sys
import tempfile
import threading

LIMIT = 64 << 20
OVERHEAD = 48 << 20  # the binary, libc, the interpreter's own tables
TIMEOUT = 120

CASES = {
    "center": '"a".center(1500000000)',
    "ljust with a 2-byte fill": '"a".ljust(200000000, "\\u00e9")',
    "f-string width": 'f"{1:>1500000000}"',
    "format width": 'format(1.5, ">1500000000")',
    "str.format width": '"{:>1500000000}".format(1)',
    "percent width": '"%1500000000d" % 1',
    "zfill": '"1".zfill(1500000000)',
    "join": '"".join(["x" * 1000000] * 200)',
    "join of a generator": '"".join("x" * 1000000 for i in range(10 ** 6))',
    "bytes join of a generator": 'b"".join(b"x" * 1000000 for i in range(10 ** 6))',
    "str repeat": '"ab" * 1000000000',
    "list repeat": '[0] * 1000000000',
    "tuple repeat": '(0,) * 1000000000',
    "repr of a big list": 'repr(["x" * 1000000] * 200)',
    "replace growing": '("a" * 10000000).replace("a", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")',
    "sorted with a key": 'sorted(range(3000000), key=lambda i: -i)',
    "tuple of a range": 'tuple(range(10 ** 8))',
    "list of a generator": 'list(i for i in range(10 ** 8))',
    "sorted of a generator": 'sorted(i for i in range(10 ** 8))',
    "sorted items of a big dict": '(lambda d: tuple(sorted(d.items())))(dict.fromkeys(range(10 ** 6), 0))',
    "sorted items of a big dict, a list": '(lambda d: [sorted(d.items())])(dict.fromkeys(range(10 ** 6), 0))',
    "deep recursion": "r(10 ** 8)",
    "regex backtrack stack": "__import__('re').match('(?:a|b)*c', 'ab' * 5000000)",
    "instances with a Python __init__": "[P(i) for i in range(10 ** 8)]",
    "forwarders' tuples and dicts kept": "[fwd(i, k=i) for i in range(10 ** 8)]",
    "forwarders' big dicts kept": "[fwd(i, a=i, b=i, c=i, d=i, e=i, f=i, g=i) for i in range(10 ** 8)]",
}

PROGRAM = """import sys
sys.setrecursionlimit(10 ** 9)
def r(n):
    return 0 if n == 0 else 1 + r(n - 1)
class P:
    def __init__(self, a):
        self.a = a
        self.b = a
def fwd(*args, **kwargs):
    return args, kwargs
try:
    x = %s
    print("no MemoryError")
except MemoryError:
    print("MemoryError")
# the workload goes on after it
print(sum(range(10)))
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    failed = 0
    peak = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, expr in CASES.items():
            path = os.path.join(tmp, "case.py")
            with open(path, "w") as f:
                f.write(PROGRAM % expr)
            status, out, err, rss = run(binary, path)
            peak = max(peak, rss)
            ok = status == 0 and out.decode() == "MemoryError\n45\n" and rss <= LIMIT + OVERHEAD
            if not ok:
                failed += 1
                print("FAIL %s: status %s, stdout %r, stderr %r, peak RSS %s" %
                      (name, status, out.decode()[:200], err.decode()[-300:], rss))
    print("%d passed, %d failed; largest peak RSS %.1f MiB (limit %d MiB + %d MiB allowed)" %
          (len(CASES) - failed, failed, peak / 2**20, LIMIT >> 20, OVERHEAD >> 20))
    return 1 if failed else 0


def run(binary, path):
    """Runs one case; returns (exit status or None, stdout, stderr, peak RSS
    in bytes from wait4's rusage of that child)."""
    proc = subprocess.Popen([binary, "run", "--heap-limit", str(LIMIT), path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    timer = threading.Timer(TIMEOUT, proc.kill)
    timer.start()
    out = proc.stdout.read()  # both are a few lines: no pipe fills up
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = status  # reaped here: keep Popen from waiting again
    proc.stdout.close()
    proc.stderr.close()
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    return code, out, err, usage.ru_maxrss * 1024  # kilobytes on Linux


if __name__ == "__main__":
    sys.exit(main())
