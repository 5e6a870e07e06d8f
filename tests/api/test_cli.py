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
    check_run_options(binary)
    check_serve_refusals(binary)
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


ARGV = """
import sys
print(sys.argv)
"""

LEAK = """
x = []
while True:
    x.append("abc" * 100)
"""


def check_run_options(binary):
    with tempfile.TemporaryDirectory() as tmp:
        argv = os.path.join(tmp, "argv.py")
        with open(argv, "w") as f:
            f.write(ARGV)
        # sys.argv is the script and its own arguments, as python3 gives them
        # (options after the script's path belong to the script)
        r = run(binary, "run", argv, "a", "b c", "--stats")
        assert r.returncode == 0 and r.stdout == repr([argv, "a", "b c", "--stats"]) + "\n", r
        r = run(binary, "run", "--stats", argv)
        assert r.returncode == 0 and r.stdout == repr([argv]) + "\n", r

        # --help: usage on stdout, status 0, the sizes documented
        for flag in ("--help", "-h"):
            r = run(binary, "run", flag)
            assert r.returncode == 0 and r.stdout.startswith("usage: closured run"), r
            for word in ("--heap-limit SIZE", "64MiB", "0 or none given: no limit", "sys.argv"):
                assert word in r.stdout, (word, r.stdout)

        leak = os.path.join(tmp, "leak.py")
        with open(leak, "w") as f:
            f.write(LEAK)
        # every size, spelled either way, ends with the full traceback of the
        # MemoryError (the traceback entry is recorded past the limit); each is
        # above the start-up bytes plus the first frame chunk (about 66 KB)
        for size in ("100000", "1M", "4M", "4MiB", "3m", "128K", "1048576"):
            for args in (["--heap-limit", size], ["--heap-limit=" + size]):
                r = run(binary, "run", *args, leak)
                lines = r.stderr.splitlines()
                assert r.returncode == 1, (size, r)
                head = ["Traceback (most recent call last):",
                        '  File "%s", line 4, in <module>' % leak, '    x.append("abc" * 100)']
                # the append (the whole line: no carets) or the repetition ran out
                assert lines in (head + ["MemoryError"],
                                 head + ["             ~~~~~~^~~~~", "MemoryError"]), (size, r.stderr)
        # 0 is no limit: a bounded program runs to its end
        r = run(binary, "run", "--heap-limit=0", argv)
        assert r.returncode == 0, r
        # below the runtime's own start-up bytes: a clear refusal with the figure
        r = run(binary, "run", "--heap-limit", "100", argv)
        m = re.search(r"--heap-limit 100 is below the (\d+) bytes the runtime needs", r.stderr)
        assert r.returncode == 2 and m and int(m.group(1)) > 100, r
        for bad in ("12Q", "-5", "M", "4MB2", ""):
            r = run(binary, "run", "--heap-limit=" + bad, argv)
            assert r.returncode == 2 and "--heap-limit wants a size" in r.stderr, (bad, r)
        r = run(binary, "run", argv, "--heap-limit")  # the script's argument, not ours
        assert r.returncode == 0 and "'--heap-limit'" in r.stdout, r
        r = run(binary, "run", "--heap-limit")
        assert r.returncode == 2 and "needs a size" in r.stderr, r


def check_serve_refusals(binary):
    """Settings that cannot work stop `serve` before it listens, with the path
    or the contradiction named (and the setting as the user wrote it)."""
    with tempfile.TemporaryDirectory() as tmp:
        missing_py = os.path.join(tmp, "missing.py")
        missing_dir = os.path.join(tmp, "missing")
        for args, words in (
                (["--workload", missing_py], ["--workload", missing_py, "cannot read it"]),
                (["--workload=" + missing_py], ["--workload", missing_py]),
                (["--workloads", missing_dir], ["--workloads", missing_dir,
                                                 "cannot read the directory"]),
                (["--workload", tmp], ["--workload", tmp, "not a file"])):
            r = run(binary, "serve", "--listen", "127.0.0.1:0", *args)
            assert r.returncode == 1, (args, r)
            for word in words:
                assert word in r.stderr, (args, word, r.stderr)
            assert "listening" not in r.stderr, r

        # paths in a config file: relative to the file; errors name its key
        conf_dir = os.path.join(tmp, "conf")
        os.mkdir(conf_dir)
        conf = os.path.join(conf_dir, "closured.json")
        with open(conf, "w") as f:
            f.write('{"listen": "127.0.0.1:0", "workloads": ["nope.py"]}')
        r = run(binary, "serve", "--config", conf)
        assert r.returncode == 1, r
        assert 'config key "workloads" %s' % os.path.join(conf_dir, "nope.py") in r.stderr, r
        assert "--workload " not in r.stderr, r

        env = dict(os.environ)
        env.pop("CREDENTIALS_DIRECTORY", None)
        r = subprocess.run([binary, "serve", "--listen", "127.0.0.1:0",
                            "--token-required-for-reads"], capture_output=True, text=True,
                           timeout=10, env=env)
        assert r.returncode == 1, r
        assert "--token-required-for-reads needs a token" in r.stderr, r
        assert "--token-file FILE" in r.stderr and "listening" not in r.stderr, r
        with open(conf, "w") as f:
            f.write('{"token_required_for_reads": true}')
        r = subprocess.run([binary, "serve", "--listen", "127.0.0.1:0", "--config", conf],
                           capture_output=True, text=True, timeout=10, env=env)
        assert r.returncode == 1, r
        assert 'config key "token_required_for_reads" needs a token' in r.stderr, r


if __name__ == "__main__":
    main()
