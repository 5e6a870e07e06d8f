#!/usr/bin/env python3
"""Conformance runner: runs every corpus case under closured (or python3) and
compares stdout, exit status, last stderr line and error line number with the
expected files that CPython produced (see README.md in this folder).

Usage:
  run.py CLOSURED_BINARY [FILTER...]   check closured against the corpus
  run.py --slice N CLOSURED_BINARY [FILTER...]
                                       the same, with the script run in slices of N
                                       instructions (closured run --slice N): yields at
                                       every depth, nested runs from C included
  run.py --python [FILTER...]          check python3 against the corpus
                                       (skips sizes/ and sandbox/: closured-only results)
  run.py --refresh [FILTER...]         rewrite expected files with python3
                                       (never touches sizes/ and sandbox/, whose files are
                                       written by hand)

A case is FOLDER/NAME.py, or a directory FOLDER/NAME/ holding main.py (the
program) and the modules and packages it imports, with its expected files
beside main.py. The case's absolute directory reads <case> in outputs.
A FILTER selects cases whose path relative to this folder (e.g.
"closures/late_binding.py") contains it as a substring, or matches it as a
glob pattern; "!FILTER" leaves such cases out. Each case runs with cwd = its folder and a limit of 10 s of
CPU time (RLIMIT_CPU: a runaway case uses it up on any machine, one waiting for a CPU on a loaded
machine does not), 120 s of wall-clock time against hangs; up to
8 cases run at once (environment CONFORMANCE_JOBS=N overrides; 1 = serial).
Exits 1 if any case failed, 2 on bad usage. Python 3 stdlib only.
"""

import concurrent.futures
import difflib
import fnmatch
import os
import re
import resource
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 10  # seconds of CPU time
WALL_TIMEOUT = 120
JOBS = 8  # cases mostly wait or are tiny; CONFORMANCE_JOBS overrides
HAND_WRITTEN = ("sizes", "sandbox")  # folders whose expected files are not CPython's
# folders whose cases also compare the whole of stderr (NAME.stderr): the traceback,
# source lines and carets included
WHOLE_STDERR = ("tracebacks", "unittest_mod", "stdlib_logging", "stdlib_argparse", "finalizers",
                "lang_warnings")
# stderr text that differs from run to run, made constant in both the expected and the
# actual stderr before they are compared (folder -> [(pattern, replacement)]): unittest's
# summary states how long the run took; "Exception ignored in: <function C.__del__ at 0x...>"
# names an address.
STDERR_NORMALIZE = {
    "unittest_mod": [(re.compile(r"^(Ran \d+ tests?) in \d+\.\d{3}s$", re.M), r"\1 in 0.000s")],
    "finalizers": [(re.compile(r" at 0x[0-9a-f]+>"), " at 0x...>")],
}
FILE_LINE = re.compile(r'^\s*File "[^"]*", line (\d+)')
# AddressSanitizer's one-time note when a program first switches stacks (a budgeted run executes
# on its runtime's own stack, runtime/fiber.h): not the program's output.
ASAN_FIBER_NOTE = re.compile(r"^==\d+==WARNING: ASan doesn't fully support makecontext/swapcontext"
                             r"[^\n]*\n", re.M)


def find_cases(filters):
    """Returns sorted case paths relative to HERE: FOLDER/NAME.py, or for a
    multi-file case (a directory holding main.py and its modules and
    packages) FOLDER/NAME/main.py."""
    cases = []
    for folder in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, folder)
        if not os.path.isdir(path) or folder.startswith((".", "_")):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith(".py"):
                cases.append(folder + "/" + name)
            elif os.path.isfile(os.path.join(path, name, "main.py")):
                cases.append(folder + "/" + name + "/main.py")
    keep = [f for f in filters if not f.startswith("!")]
    drop = [f[1:] for f in filters if f.startswith("!")]
    if keep:
        cases = [c for c in cases
                 if any(f in c or fnmatch.fnmatch(c, f) for f in keep)]
    if drop:
        cases = [c for c in cases
                 if not any(f in c or fnmatch.fnmatch(c, f) for f in drop)]
    return cases


def last_line(text):
    """Returns the last non-empty line of text, stripped of trailing space."""
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def error_line(text):
    """Returns the line number of the last 'File "...", line N' in a
    traceback or syntax error report, or None if there is none."""
    found = None
    for ln in text.splitlines():
        m = FILE_LINE.match(ln)
        if m:
            found = int(m.group(1))
    return found


def run_case(argv, case):
    """Runs one case, its standard input the file NAME.stdin beside it when
    there is one (else empty); returns (stdout bytes, stderr text, status).
    A timeout gives status None."""
    path = os.path.join(HERE, case)
    stdin_path = path[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # argparse lays its help out to COLUMNS (else 80): the expected files use 80
    env.pop("COLUMNS", None)
    # A session of its own, so a timeout kills every process the case started.
    proc = subprocess.Popen(argv + [os.path.basename(path)],
                            cwd=os.path.dirname(path),
                            stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    try:
        resource.prlimit(proc.pid, resource.RLIMIT_CPU, (TIMEOUT, TIMEOUT + 5))
    except ProcessLookupError:
        pass  # it has already ended
    try:
        out, err = proc.communicate(timeout=WALL_TIMEOUT)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return out, err.decode("utf-8", "replace"), None
    if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return out, err.decode("utf-8", "replace"), None
    err = ASAN_FIBER_NOTE.sub("", err.decode("utf-8", "replace"))
    return placeholder(out, path), placeholder(err, path), proc.returncode


def placeholder(text, case_path):
    """Replaces the case's absolute directory (module __file__ values, import
    errors, tracebacks) with <case>, so expected files do not depend on
    where the repository is checked out."""
    for d in sorted({os.path.dirname(os.path.realpath(case_path)),
                     os.path.dirname(os.path.abspath(case_path))}, key=len, reverse=True):
        if isinstance(text, bytes):
            text = text.replace(d.encode() + b"/", b"<case>/").replace(d.encode(), b"<case>")
        else:
            text = text.replace(d + "/", "<case>/").replace(d, "<case>")
    return text


def read(path, binary=False):
    if not os.path.exists(path):
        return None
    with open(path, "rb" if binary else "r", encoding=None if binary else "utf-8") as f:
        return f.read()


def short_diff(expected, actual, limit=6):
    """Returns a few lines of unified diff between two byte strings."""
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    diff = [d for d in difflib.unified_diff(exp, act, "expected", "actual", n=0, lineterm="")
            if not d.startswith(("---", "+++", "@@"))]
    if not diff:  # differ only in line endings or a final newline
        diff = ["-" + repr(expected[-40:]), "+" + repr(actual[-40:])]
    more = len(diff) - limit
    out = diff[:limit]
    if more > 0:
        out.append("... %d more diff lines" % more)
    return "\n    ".join(out)


def check(argv, case):
    """Returns None if the case passed, else a one-line-ish failure text."""
    base = os.path.join(HERE, case[:-3])
    want_out = read(base + ".out", binary=True)
    if want_out is None:
        return "no expected output %s.out (run scripts/conformance_refresh.sh)" % case[:-3]
    want_status = int((read(base + ".status") or "0").strip())
    want_err = read(base + ".err")
    want_line = read(base + ".errline")
    want_stderr = read(base + ".stderr")
    out, err, status = run_case(argv, case)
    problems = []
    diff = None
    if status is None:
        problems.append("timeout after %d s of CPU time" % TIMEOUT)
    elif status != want_status:
        problems.append("exit status %s, expected %d (stderr: %s)"
                        % (status, want_status, last_line(err)[:200] or "empty"))
    if out != want_out:
        problems.append("stdout differs")
        diff = short_diff(want_out, out)
    if want_err is not None and status is not None:
        got = last_line(err)
        # both sides without their indentation (.err files are written stripped): an
        # exception group's report ends in an indented box line
        if got.strip() != want_err.strip():
            problems.append("last stderr line %r, expected %r" % (got, want_err.strip()))
    if want_line is not None and status is not None:
        got_line = error_line(err)
        if got_line != int(want_line.strip()):
            problems.append("error reported at line %s, expected line %s"
                            % (got_line, want_line.strip()))
    if want_stderr is not None and status is not None and normalize_stderr(case, err) != want_stderr:
        problems.append("stderr differs")
        diff = short_diff(want_stderr.encode(), err.encode())
    if not problems:
        return None
    return "; ".join(problems) + ("\n    " + diff if diff else "")


def normalize_stderr(case, err):
    """err with the varying parts of its case's folder (STDERR_NORMALIZE) made constant."""
    for pattern, replacement in STDERR_NORMALIZE.get(case.split("/")[0], ()):
        err = pattern.sub(replacement, err)
    return err


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def refresh(cases, python):
    """Rewrites .out/.err/.status/.errline of each case from python3."""
    count = 0
    for case in cases:
        if case.split("/")[0] in HAND_WRITTEN:
            continue
        base = os.path.join(HERE, case[:-3])
        out, err, status = run_case([python], case)
        if status is None:
            print("TIMEOUT %s (expected files left as they were)" % case)
            continue
        write(base + ".out", out)
        if status == 0:
            for ext in (".err", ".status", ".errline", ".stderr"):
                remove(base + ext)
            if case.split("/")[0] in WHOLE_STDERR and err:  # e.g. unittest's report
                write(base + ".stderr", normalize_stderr(case, err))
        else:
            write(base + ".status", "%d\n" % status)
            write(base + ".err", last_line(err) + "\n")
            if case.split("/")[0] in WHOLE_STDERR:
                write(base + ".stderr", normalize_stderr(case, err))
            line = error_line(err)
            if line is None:
                remove(base + ".errline")
            else:
                write(base + ".errline", "%d\n" % line)
        count += 1
    print("refreshed %d cases" % count)
    return 0


def main(args):
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    global JOBS
    if os.environ.get("CONFORMANCE_JOBS", "").isdigit():
        JOBS = max(1, int(os.environ["CONFORMANCE_JOBS"]))
    python = os.environ.get("PYTHON", "python3")
    run_args = []
    if args[0] == "--slice" and len(args) > 2:
        run_args = ["--slice", args[1]]
        args = args[2:]
    if args[0] == "--refresh":
        return refresh(find_cases(args[1:]), python)
    if args[0] == "--python":
        argv = [python]
    else:
        binary = os.path.abspath(args[0])
        if not os.access(binary, os.X_OK):
            print("not an executable: %s" % args[0])
            return 2
        argv = [binary, "run"] + run_args
    cases = find_cases(args[1:])
    if args[0] == "--python":  # CPython is not expected to match sizes/ and sandbox/
        cases = [c for c in cases if c.split("/")[0] not in HAND_WRITTEN]
    passed = failed = 0
    # Cases run in parallel (a hung binary then costs 10 s per JOBS cases,
    # not per case); results are reported in corpus order.
    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        results = pool.map(lambda c: check(argv, c), cases)
        for case, problem in zip(cases, results):
            if problem is None:
                passed += 1
            else:
                failed += 1
                print("FAIL %s: %s" % (case, problem), flush=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
