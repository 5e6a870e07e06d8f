#!/usr/bin/env python3
"""Deep and huge inputs: closured must end each one as CPython 3.11 does
(the same last stderr line and exit status), never by a crash.

Usage: deep_inputs.py CLOSURED_BINARY

Each case is a generated program (too large to keep in the conformance
corpus): 100,000-long call, subscript and attribute chains, a million `+`
operands, 100,000 `elif`s, deeply nested unary operators, lambdas, `**`,
conditional expressions and brackets, the same shapes just below and above
CPython's limits, 100,000-element displays, calls, f-strings and scopes
(which must compile in linear time), and invalid UTF-8 in a source file. python3 runs every case
too and is the oracle. A few programs CPython itself cannot survive (it
overflows its C stack) have their expected result written here. Exits 1 if
any case differs. Python 3 stdlib only."""

import concurrent.futures
import os
import resource
import signal
import subprocess
import sys
import tempfile

# A case's limit is CPU time (user + system, RLIMIT_CPU): a program that runs away (say,
# compiles in quadratic time) uses it up on any machine, while one that waits for a CPU on
# a loaded one (a load average of 20-30, the Sanitize build) does not. The wall-clock limit
# only catches a process that hangs without running.
TIMEOUT = 60
WALL_TIMEOUT = 900
JOBS = 4  # cases mostly wait on their processes


def chain(n, unit):
    return unit * n


SHAPES = {
    "calls": lambda n: "def f(x):\n    return f\nf" + chain(n, "(0)") + "\n",
    "subscripts": lambda n: "x = [0]\nx" + chain(n, "[0]") + "\n",
    "attributes": lambda n: "x = 'a'\nx" + chain(n, ".upper") + "\n",
    "plus": lambda n: "x = " + "+".join(["1"] * n) + "\nprint(x)\n",
    "elif": lambda n: "x = -1\nif x == 0:\n    pass\n"
    + "".join("elif x == %d:\n    pass\n" % i for i in range(n)) + "print('end')\n",
    "minus": lambda n: "print(" + chain(n, "-") + "1)\n",
    "not": lambda n: "print(" + chain(n, "not ") + "1)\n",
    "ifexp": lambda n: "print(" + chain(n, "1 if 0 else ") + "2)\n",
    "lambda": lambda n: "f = " + chain(n, "lambda: ") + "1\nprint('made')\n",
    "power": lambda n: "print(" + "**".join(["1"] * n) + ")\n",
    "parens": lambda n: "print(" + chain(n, "(") + "1" + chain(n, ")") + ")\n",
    "lists": lambda n: "print(" + chain(n, "[") + chain(n, "]") + ")\n",
    "dicts": lambda n: "print(" + chain(n, "{1: ") + "1" + chain(n, "}") + ")\n",
    "blocks": lambda n: "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "print(1)\n",
    "and": lambda n: "print(" + " and ".join(["1"] * n) + ")\n",
    "compare": lambda n: "print(" + " < ".join(map(str, range(n))) + ")\n",
    # wide rather than deep: they must compile in linear time and run
    "list_display": lambda n: "x = [" + ",".join(map(str, range(n))) + "]\nprint(len(x), sum(x))\n",
    "dict_display": lambda n: "x = {" + ",".join("%d: %d" % (i, i) for i in range(n))
    + "}\nprint(len(x))\n",
    "call_args": lambda n: "print(max(" + ",".join(map(str, range(n))) + "))\n",
    "fstring_fields": lambda n: "a = 1\nx = f'" + "{a}-" * n + "'\nprint(len(x))\n",
    "names": lambda n: "".join("a%d = %d\n" % (i, i) for i in range(n)) + "print(a%d)\n" % (n - 1),
}

# (shape, size): the huge ones, and sizes either side of CPython's limits.
SIZES = {
    "calls": [2000, 2998, 2999, 100000],
    "subscripts": [100000],
    "attributes": [2000, 5000, 100000],
    "plus": [2999, 3000, 1000000],
    "elif": [2000, 2997, 2998, 4000, 100000],
    "minus": [2000, 2998, 2999, 5000, 5967, 5968, 100000],
    "not": [2998, 2999, 5968, 100000],
    "ifexp": [2998, 2999, 5968, 100000],
    "lambda": [1000, 2983, 2984, 100000],
    "power": [1000, 2984, 2985, 100000],
    "parens": [199, 200, 201, 100000],
    "lists": [200, 201, 100000],
    "dicts": [200, 201, 100000],
    "blocks": [98, 99, 100, 1000],
    "and": [100000],
    "compare": [100000],
    "list_display": [100000],
    "dict_display": [100000],
    "call_args": [100000],
    "fstring_fields": [20000],  # CPython 3.11 takes minutes for 100,000
    "names": [100000],
}

# Programs CPython 3.11 itself crashes on; closured's result, by hand.
NOT_CPYTHON = {
    "long exception chain": (
        "e = None\nfor i in range(200000):\n    try:\n        raise ValueError(i) from e\n"
        "    except ValueError as x:\n        e = x\nraise e\n",
        1, "ValueError: 199999"),
    "deep repr with a raised limit": (
        "import sys\nsys.setrecursionlimit(10**6)\nx = []\nfor i in range(300000):\n"
        "    x = [x]\ntry:\n    print(repr(x))\nexcept RecursionError as e:\n"
        "    print('RecursionError', e)\n",
        0, None),
    "deep compare with a raised limit": (
        "import sys\nsys.setrecursionlimit(10**6)\nx = []\ny = []\nfor i in range(300000):\n"
        "    x = [x]\n    y = [y]\ntry:\n    print(x == y)\nexcept RecursionError as e:\n"
        "    print('RecursionError', e)\n",
        0, None),
}

# Iterators that wrap iterators, 100,000 deep (CPython 3.11 overflows its C stack on
# every one): asking the outer one for an item must end in RecursionError, and dropping
# the chain must free it. Each goes through NOT_CPYTHON as "deep compare" does.
WRAPPERS = {
    "map": "map(abs, it)", "filter": "filter(None, it)", "zip": "zip(it)",
    "enumerate": "map(lambda p: p[1], enumerate(it))", "chain": "itertools.chain(it)",
    "islice": "itertools.islice(it, 5)", "accumulate": "itertools.accumulate(it)",
    "starmap": "itertools.starmap(abs, zip(it))", "callable_iter": "iter(it.__next__, None)",
    "generator_expression": "(x for x in it)",
}
for _kind, _wrap in WRAPPERS.items():
    NOT_CPYTHON["wrapping iterators " + _kind] = (
        "import itertools\ndef make():\n    it = iter([1, 2])\n    for i in range(100000):\n"
        "        it = %s\n    return it\nit = make()\ndel it\nit = make()\ntry:\n"
        "    print(list(it))\nexcept RecursionError as e:\n    print('RecursionError', e)\n"
        % _wrap, 0, None)

INVALID_UTF8 = [b'x = "\xf0"\nprint(x[2])\n', b"print(1)\n# \xff\xfe\n", b'print("\xc3")\n',
                b"s = 'ok'\n\xed\xa0\x80 = 1\n", b"\xef\xbb\xbfprint('bom')\n"]


def last_line(text):
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run(argv, path):
    """(exit status, stdout, last stderr line) of argv + [path]; status None and "timeout"
    when it used TIMEOUT seconds of CPU time or hung for WALL_TIMEOUT."""
    with subprocess.Popen(argv + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=os.path.dirname(path)) as p:
        try:
            resource.prlimit(p.pid, resource.RLIMIT_CPU, (TIMEOUT, TIMEOUT + 5))
        except ProcessLookupError:
            pass  # it has already ended
        try:
            out, err = p.communicate(timeout=WALL_TIMEOUT)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            return None, "", "timeout"
    if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return None, "", "timeout"
    return p.returncode, out.decode("utf-8", "replace"), \
        last_line(err.decode("utf-8", "replace"))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    closured = [os.path.abspath(sys.argv[1]), "run"]
    failed = passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = []
        for shape, sizes in SIZES.items():
            for n in sizes:
                cases.append(("%s_%d" % (shape, n), SHAPES[shape](n).encode(), None))
        for i, src in enumerate(INVALID_UTF8):
            cases.append(("invalid_utf8_%d" % i, src, None))
        for name, (src, status, err) in NOT_CPYTHON.items():
            cases.append((name.replace(" ", "_"), src.encode(), (status, err)))
        def check(k):
            name, src, expected = cases[k]
            path = os.path.join(tmp, "case%d.py" % k)
            with open(path, "wb") as f:
                f.write(src)
            got = run(closured, path)
            if expected is None:
                want = run([sys.executable], path)
            else:
                want = (expected[0], None, expected[1])
            if expected is not None and want[2] is None:
                ok = got[0] == 0 and got[1].startswith("RecursionError maximum recursion depth")
            else:
                ok = got[0] == want[0] and got[2] == (want[2] or "") and \
                    (want[1] is None or got[1] == want[1])
            if ok:
                return None
            return ("FAIL %s: closured status %s, %r; expected status %s, %r"
                    % (name, got[0], got[2][:200], want[0], (want[2] or "")[:200]))
        # bytes from the OS that are not UTF-8 reach sys.argv escaped, as in CPython
        argv_case = os.path.join(tmp, "argv.py")
        with open(argv_case, "w") as f:
            f.write("import sys\nprint(sys.argv[1:])\n")
        args = [b"a\xffb", b"ok", b"\xc3", b"\xed\xa0\x80"]
        got = subprocess.run(closured + [argv_case] + args, capture_output=True).stdout
        want = subprocess.run([sys.executable, argv_case] + args, capture_output=True).stdout
        if got == want:
            passed += 1
        else:
            failed += 1
            print("FAIL argv bytes: %r, expected %r" % (got, want))
        with concurrent.futures.ThreadPoolExecutor(JOBS) as pool:
            for msg in pool.map(check, range(len(cases))):
                if msg:
                    failed += 1
                    print(msg)
                else:
                    passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
