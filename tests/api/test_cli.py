"""test_cli.py: `closured --version`, `--help`, bad usage, and `closured run` with its options."""
import os
import re
import subprocess
import tempfile

from daemon import binary_from_argv


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=10)


def main():
    binary = binary_from_argv()

    r = run(binary, "--version")
    assert r.returncode == 0, r
    assert r.stdout.strip() == "closured 0.1.0", r.stdout

    r = run(binary, "--help")
    assert r.returncode == 0, r
    for word in ("serve", "FILE.py", "--listen", "--workload", "--config", "--log-level"):
        assert word in r.stdout, (word, r.stdout)

    r = run(binary, "serve", "--help")
    assert r.returncode == 0 and "--listen" in r.stdout, r

    r = run(binary)
    assert r.returncode == 2 and "usage" in r.stderr, r
    r = run(binary, "frobnicate")
    assert r.returncode == 2 and "unknown command" in r.stderr, r
    r = run(binary, "serve", "--bogus", "x")
    assert r.returncode == 2 and "--bogus" in r.stderr, r
    r = run(binary, "serve", "--listen", "nonsense")
    assert r.returncode == 2 and "--listen" in r.stderr, r
    r = run(binary, "serve", "--log-level", "loud")
    assert r.returncode == 2 and "--log-level" in r.stderr, r
    r = run(binary, "run")
    assert r.returncode == 2, r
    check_run(binary)
    print("ok")


OOM = """
def grow():
    data = []
    while True:
        data.append([0] * 1000)

for attempt in range(3):
    try:
        grow()
    except MemoryError as e:
        print("caught", attempt, repr(str(e)))
print("still alive", sum(range(10)))
grow()
"""

CYCLES = """
def make():
    def again(n):
        return again(n - 1) if n else 0
    return again
for i in range(3000):
    make()(2)
keep = [make() for i in range(7)]
import gc
gc.collect()  # the last cycles; what stays are the seven kept closures
"""


def check_run(binary):
    with tempfile.TemporaryDirectory() as tmp:
        oom = os.path.join(tmp, "oom.py")
        with open(oom, "w") as f:
            f.write(OOM)
        # --heap-limit: MemoryError is catchable, the runtime goes on, and the
        # uncaught one prints a traceback that names only this raise
        r = run(binary, "run", "--heap-limit", "2M", oom)
        assert r.returncode == 1, r
        assert r.stdout.splitlines() == ["caught 0 ''", "caught 1 ''", "caught 2 ''",
                                         "still alive 45"], r.stdout
        lines = r.stderr.splitlines()
        assert lines[0] == "Traceback (most recent call last):" and lines[-1] == "MemoryError", r.stderr
        assert r.stderr.count('File "') == 2, r.stderr
        r = run(binary, "run", "--heap-limit", "lots", oom)
        assert r.returncode == 2 and "--heap-limit" in r.stderr, r
        r = run(binary, "run", "--frobnicate", oom)
        assert r.returncode == 2 and "unknown option" in r.stderr, r

        # --stats: the summary after the program, on stderr
        cyc = os.path.join(tmp, "cycles.py")
        with open(cyc, "w") as f:
            f.write(CYCLES)
        r = run(binary, "run", "--stats", cyc)
        assert r.returncode == 0 and r.stdout == "", r
        stats = r.stderr
        assert "peak heap:" in stats, stats
        freed = re.search(r"(\d+) objects \(\d+ bytes\) by the collector", stats)
        assert freed and int(freed.group(1)) >= 2 * 3000, stats  # each cycle: function + cell
        closures = re.search(r"live closures:\s+(\d+) at exit", stats)
        assert closures and int(closures.group(1)) == 7, stats
        assert re.search(r"collections:\s+gen0 \d+, gen1 \d+, gen2 \d+", stats), stats


if __name__ == "__main__":
    main()
