"""test_modules.py: workloads of several files. An upload's `files` import each other (packages,
relative imports) and nothing else of the host; bad file names and texts are 400 problem+json
naming the file; past the limits 413; the files persist in --state-dir and come back; a
directory workload (DIR/NAME/main.py) and a file workload import their directory's modules; sites
and tracebacks name the module's file."""
import os
import signal
import tempfile

from daemon import Daemon, assert_problem, binary_from_argv

W = "/api/v1/workloads"

FILES = {
    "main.py": ("from shapes import area, make_scaler\n"
                "import helpers\n"
                "keep = [make_scaler(k) for k in range(3)]\n"
                "print('area', area(2), helpers.NAME, [f(10) for f in keep])\n"
                "def tick():\n"
                "    helpers.count()\n"),
    "helpers.py": "NAME = __name__\nticks = [0]\ndef count():\n    ticks[0] += 1\n",
    "shapes/__init__.py": "from .circle import area\nfrom .scale import make_scaler\n",
    "shapes/circle.py": "def area(r):\n    return 3 * r * r\n",
    "shapes/scale.py": ("def make_scaler(k):\n"
                        "    def scale(x):\n"
                        "        return x * k\n"
                        "    return scale\n"),
}


def output(d, name):
    status, _, out = d.get_json(f"{W}/{name}/output")
    assert status == 200, out
    return [l["text"] for l in out["lines"]]


def check_upload(d):
    status, _, w = d.post_json(W, {"name": "app", "files": FILES, "tick_ms": 20})
    assert status == 201, (status, w)
    assert w["filename"] == "main.py" and w["source"] == FILES["main.py"], w
    assert w["files"] == FILES, w["files"]
    d.wait_for(lambda: output(d, "app"), what="app prints")
    assert output(d, "app")[0] == "area 12 helpers [0, 10, 20]", output(d, "app")
    d.wait_for(lambda: d.workload("app")["ticks_total"] > 2, what="app ticks")
    # the closures of shapes/scale.py are attributed to that file
    status, _, body = d.get_json(f"{W}/app/sites")
    assert status == 200, body
    sites = [s["site"] for s in body["sites"]]
    assert "shapes/scale.py:2" in sites, sites
    # a closure kept by a module's global: its path goes through that module
    status, _, w = d.post_json(W, {"name": "reg", "files": {
        "main.py": "import registry\nregistry.add(5)\n",
        "registry.py": ("handlers = []\n"
                        "def add(n):\n"
                        "    def handler():\n"
                        "        return n\n"
                        "    handlers.append(handler)\n")}})
    assert status == 201, (status, w)
    d.wait_for(lambda: d.get_json(f"{W}/reg/closures")[2]["closures"], what="reg's closure")
    c = d.get_json(f"{W}/reg/closures")[2]["closures"][0]
    status, _, one = d.get_json(f"{W}/reg/closures/{c['id']}")
    assert status == 200, one
    assert one["path"]["text"] == ("globals['registry'] \u2192 <module 'registry'> \u2192 __dict__ "
                                   "\u2192 dict['handlers'] \u2192 list[0] \u2192 add.<locals>.handler "
                                   "(closure, registry.py:3)"), one["path"]
    # main named explicitly; the standard library is there, the host is not
    status, _, w = d.post_json(W, {"name": "tools", "main": "run.py", "files": {
        "run.py": ("import functools, lib\n"
                   "print(functools.reduce(lib.add, [1, 2, 3]))\n"
                   "import os\n"
                   "print(len(os.environ), os.getcwd(), os.getenv('HOME'), os.path.abspath('x'))\n"
                   "try:\n"
                   "    os.listdir('/')\n"
                   "except PermissionError as e:\n"
                   "    print(e)\n"
                   "print(os.path.exists('/etc/passwd'), os.path.isdir('/'))\n"
                   "import sys\n"
                   "sys.path.append('/etc')\n"
                   "try:\n"
                   "    import passwd\n"
                   "except ImportError as e:\n"
                   "    print(e)\n"),
        "lib.py": "def add(a, b):\n    return a + b\n"}})
    assert status == 201, (status, w)
    d.wait_for(lambda: d.workload("tools")["state"] == "finished", what="tools finishes")
    # os exists, but shows a workload neither the host's environment nor its directory, nor
    # any file: its file calls refuse, and os.path finds nothing
    assert output(d, "tools") == ["6", "0 / None /x",
                                  "closured opens no file: os.listdir() is not available",
                                  "False False", "No module named 'passwd'"], output(d, "tools")
    # a failing module: the traceback names its file and line
    status, _, w = d.post_json(W, {"name": "broken", "files": {
        "main.py": "import bad\n", "bad.py": "x = 1\ny = 1 / 0\n"}})
    assert status == 201, (status, w)
    d.wait_for(lambda: d.workload("broken")["state"] == "failed", what="broken fails")
    tb = d.workload("broken")["error"]["traceback"]
    assert 'File "bad.py", line 2, in <module>' in tb and "y = 1 / 0" in tb, tb
    err = d.workload("broken")["error"]
    assert (err["file"], err["line"]) == ("bad.py", 2), err  # where it was raised
    # a module that does not compile: the error's file and line point into the module
    status, _, w = d.post_json(W, {"name": "typo", "files": {
        "main.py": "x = 1\nimport pkg.typo\n", "pkg/__init__.py": "", "pkg/typo.py": "a = 1\ndef f(:\n"}})
    assert status == 201, (status, w)
    d.wait_for(lambda: d.workload("typo")["state"] == "failed", what="typo fails")
    err = d.workload("typo")["error"]
    assert (err["type"], err["file"], err["line"]) == ("SyntaxError", "pkg/typo.py", 2), err
    d.wait_for(lambda: any("workload typo: running -> failed" in l and "(pkg/typo.py line 2)" in l
                           for l in d.lines), what="the failure's log line names the module")
    # a single-source upload has no files to import
    w = d.upload("single", "try:\n    import helpers\nexcept ImportError as e:\n    print(e)\n")
    assert w["files"] == {}, w
    d.wait_for(lambda: output(d, "single"), what="single prints")
    assert output(d, "single") == ["No module named 'helpers'"], output(d, "single")


def check_refusals(d):
    bad = [
        ({"files": {"../x.py": "", "main.py": ""}}, "'..'"),
        ({"files": {"/etc/x.py": "", "main.py": ""}}, "relative"),
        ({"files": {"main.py": "", "a//b.py": ""}}, "empty segments"),
        ({"files": {"main.py": "", ".hidden/x.py": ""}}, "hidden"),
        ({"files": {"main.py": "", "notes.txt": ""}}, ".py"),
        ({"files": {"main.py": "", "a\\b.py": ""}}, "'\\'"),
        ({"files": {"main.py": "", "x" * 300 + ".py": ""}}, "too long"),
        ({"files": {"main.py": "x = '\u0000'"}}, "NUL"),
        ({"files": {"main.py": 5}}, "string"),
        ({"files": {}}, "non-empty"),
        ({"files": ["main.py"]}, "non-empty object"),
        ({"files": {"util.py": ""}}, "main.py"),
        ({"files": {"a.py": ""}, "main": "b.py"}, "b.py"),
        ({"files": {"a.py": ""}, "main": 3}, "main"),
        ({"files": {"main.py": ""}, "source": "x"}, "not both"),
        ({"main": "main.py"}, "non-empty"),
        ({}, "required"),
    ]
    for extra, words in bad:
        status, headers, body = d.post_json(W, {"name": "bad", **extra})
        assert_problem(status, headers, body, 400)
        assert words in body["detail"], (extra, body["detail"])
    many = {f"m{i}.py": "" for i in range(300)}
    many["main.py"] = ""
    status, headers, body = d.post_json(W, {"name": "bad", "files": many})
    assert_problem(status, headers, body, 413)
    assert "at most 256 files" in body["detail"], body
    assert d.get_json(f"{W}/bad")[0] == 404
    # a syntax error in the main file is refused like a single source's
    status, headers, body = d.post_json(W, {"name": "bad", "files": {"main.py": "def (:\n"}})
    assert_problem(status, headers, body, 400)


def check_directories(binary, tmp):
    wdir = os.path.join(tmp, "workloads")
    os.makedirs(os.path.join(wdir, "multi", "pkg"))
    os.makedirs(os.path.join(wdir, "shared"))
    files = {
        "multi/main.py": "from pkg import mod\nprint('multi', mod.VALUE, mod.__name__)\n",
        "multi/pkg/__init__.py": "",
        "multi/pkg/mod.py": "from . import helper\nVALUE = helper.v * 2\n",
        "multi/pkg/helper.py": "v = 21\n",
        "single.py": "import shared_util\nprint('single', shared_util.f())\n",
        "shared_util.py": "def f():\n    return 'shared'\n",
        "shared/notes.py": "print('a directory without main.py is not a workload')\n",
    }
    for rel, text in files.items():
        with open(os.path.join(wdir, rel), "w") as f:
            f.write(text)
    with Daemon(binary, "--workloads", wdir) as d:
        names = sorted(w["name"] for w in d.get_json(W)[2]["workloads"])
        assert names == ["multi", "shared_util", "single"], names
        d.wait_for(lambda: output(d, "multi") and output(d, "single"), what="dir workloads print")
        assert output(d, "multi") == ["multi 42 pkg.mod"], output(d, "multi")
        assert output(d, "single") == ["single shared"], output(d, "single")
        w = d.workload("multi")
        assert w["origin"] == "dir" and w["filename"] == "main.py", w
        assert sorted(w["files"]) == ["main.py", "pkg/__init__.py", "pkg/helper.py", "pkg/mod.py"], w

        # SIGHUP after a change to a module only (main.py untouched): the directory's workload
        # is loaded anew with the new file set; the file workload whose sibling changed is not
        with open(os.path.join(wdir, "multi", "pkg", "helper.py"), "w") as f:
            f.write("v = 50\n")
        with open(os.path.join(wdir, "shared_util.py"), "a") as f:
            f.write("# edited\n")
        d.proc.send_signal(signal.SIGHUP)
        d.wait_for(lambda: any("reloaded" in l for l in d.lines), what="reload log line")
        line = [l for l in d.lines if "reloaded" in l][-1]
        assert "0 added, 2 changed, 0 removed, 1 unchanged" in line, line
        d.wait_for(lambda: output(d, "multi") == ["multi 100 pkg.mod"], what="the new module ran")
        assert d.workload("multi")["files"]["pkg/helper.py"] == "v = 50\n"
        assert any("workload multi: its files changed" in l for l in d.lines), d.lines
        assert output(d, "single") == ["single shared"], output(d, "single")


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        state = os.path.join(tmp, "state")
        with Daemon(binary, "--state-dir", state) as d:
            check_upload(d)
            check_refusals(d)
        # the files persist and come back
        with Daemon(binary, "--state-dir", state) as d:
            w = d.workload("app")
            assert w["files"] == FILES and w["filename"] == "main.py", w
            d.wait_for(lambda: output(d, "app"), what="app prints after restart")
            assert output(d, "app")[0] == "area 12 helpers [0, 10, 20]", output(d, "app")
        check_directories(binary, tmp)
    print("ok")


if __name__ == "__main__":
    main()
