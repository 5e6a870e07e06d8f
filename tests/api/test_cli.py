"""test_cli.py: `closured --version`, `--help`, bad usage and the `run` placeholder contract."""
import subprocess

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
    for word in ("serve", "run FILE.py", "--listen", "--workload", "--config", "--log-level"):
        assert word in r.stdout, (word, r.stdout)

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
    print("ok")


if __name__ == "__main__":
    main()
