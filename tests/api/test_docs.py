"""test_docs.py: the documentation says what the code does: its links resolve, the worked
example of docs/measures.md gives the daemon's own numbers, and the sizes the README quotes are
what `closured run` prints."""
import os
import re
import subprocess
import tempfile

from daemon import Daemon, binary_from_argv

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DOCS = ["README.md", "docs/api.md", "docs/measures.md", "docs/architecture.md",
        "docs/dev/conventions.md"]


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def check_links():
    for rel in DOCS:
        text = read(rel)
        # the architecture lives in docs/architecture.md, not in a file beside the repository
        assert "DESIGN.md" not in text and "STYLE.md" not in text, rel
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            path = os.path.normpath(os.path.join(ROOT, os.path.dirname(rel), target))
            assert os.path.exists(path), (rel, target)


def number(text, label):
    m = re.search(r"\*\*%s = (\d+)\*\*" % re.escape(label), text)
    assert m, (label, "not found in docs/measures.md")
    return int(m.group(1))


def check_measures(binary):
    text = read("docs/measures.md")
    source = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    want = {key: number(text, label) for key, label in (
        ("env_bytes", "env bytes"), ("env_shallow_bytes", "env shallow bytes"),
        ("retained_bytes", "retained bytes"), ("deep_bytes", "deep bytes"))}
    with Daemon(binary) as d:
        d.upload("example", source)
        d.wait_for(lambda: d.workload("example")["state"] == "finished", what="example ran")
        _, _, listing = d.get_json("/api/v1/workloads/example/closures")
        [c] = listing["closures"]
        _, _, detail = d.get_json(f"/api/v1/workloads/example/closures/{c['id']}")
        got = {key: detail[key] for key in want}
        assert got == want, ("docs/measures.md says", want, "the daemon answers", got)
        assert detail["function_bytes"] == 56, detail["function_bytes"]
        per_var = {v["name"]: v["retained_bytes"] for v in detail["free_vars"]}
        assert per_var == {"buffer": 904, "tag": 46}, per_var
        assert "904 through `buffer`, 46 through `tag`" in text


def check_readme_sizes(binary):
    readme = read("README.md")
    assert "it prints 48" in readme and "16-byte object" in readme
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "sizes.py")
        with open(script, "w") as f:
            f.write("import sys\n"
                    "def make(n):\n"
                    "    def f():\n"
                    "        return n\n"
                    "    return f\n"
                    "print(sys.getsizeof(make(1)))\n")
        r = subprocess.run([binary, "run", script], capture_output=True, text=True, timeout=10)
        assert r.returncode == 0 and r.stdout == "48\n", r


def main():
    binary = binary_from_argv()
    check_links()
    check_readme_sizes(binary)
    check_measures(binary)
    print("ok")


if __name__ == "__main__":
    main()
