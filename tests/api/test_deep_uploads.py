"""test_deep_uploads.py: sources nested far past CPython's limits, uploaded over HTTP and read
from a workload file, end in the error CPython gives (a 400 naming it, or a failed workload)
and never crash the daemon: 100,000-long call and subscript chains, 300,000 `+` operands,
100,000 nested brackets and 30,000 `elif`s (MemoryError, as CPython's parser; uploads stay under the 1 MiB body limit), and a
400,000 `+` operands in a file. The compiler runs on the loop and worker threads here, whose
C stacks differ from `closured run`'s main thread (tests/limits covers that one)."""
import os
import tempfile

from daemon import Daemon, assert_problem, binary_from_argv

W = "/api/v1/workloads"

UPLOADS = {
    "calls": ("def f(x):\n    return f\nf" + "(0)" * 100000 + "\n",
              "RecursionError: maximum recursion depth exceeded during compilation"),
    "subscripts": ("x = [0]\nx" + "[0]" * 100000 + "\n",
                   "RecursionError: maximum recursion depth exceeded during compilation"),
    "plus": ("x = " + "+".join(["1"] * 300000) + "\n",
             "RecursionError: maximum recursion depth exceeded during compilation"),
    "brackets": ("x = " + "(" * 100000 + ")" * 100000 + "\n",
                 "SyntaxError: too many nested parentheses"),
    # CPython's parser runs out of its stack here too: MemoryError
    "elifs": ("x = -1\nif x == 0:\n    pass\n"
              + "".join("elif x == %d:\n    pass\n" % i for i in range(30000)), "MemoryError"),
}


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        deep_file = os.path.join(tmp, "deep_plus.py")
        with open(deep_file, "w") as f:
            f.write("x = " + "+".join(["1"] * 400000) + "\nprint(x)\n")
        # the file compiles before the daemon listens: slow under ThreadSanitizer
        with Daemon(binary, "--workload", deep_file, start_timeout=45) as d:
            for name, (src, want) in UPLOADS.items():
                assert len(src) < 1 << 20, (name, len(src))
                status, headers, body = d.post_json(W, {"name": name, "source": src})
                assert_problem(status, headers, body, 400)
                assert want in body["detail"], (name, body["detail"])
                assert d.get("/healthz")[0] == 200
            # 2,000 elifs compile (as in CPython) and run
            elifs = ("x = -1\nif x == 0:\n    pass\n"
                     + "".join("elif x == %d:\n    pass\n" % i for i in range(2000))
                     + "print('end')\n")
            assert len(elifs) < 1 << 20
            d.upload("elifs", elifs)
            d.wait_for(lambda: d.workload("elifs")["state"] == "finished", timeout=30,
                       what="the elif chain runs to its end")
            out = d.get_json(W + "/elifs/output")[2]
            assert [l["text"] for l in out["lines"]] == ["end"], out
            # the file: a failed workload with CPython's error, the daemon serving
            w = d.wait_for(lambda: (lambda x: x if x["state"] == "failed" else None)(
                d.workload("deep_plus")), timeout=30, what="the deep file fails")
            assert w["error"]["type"] == "RecursionError", w["error"]
            assert "during compilation" in w["error"]["message"], w["error"]
            assert d.get("/healthz")[0] == 200
            assert d.get_json(W)[2]["count"] == 2
    assert d.returncode == 0, d.returncode
    print("ok")


if __name__ == "__main__":
    main()
