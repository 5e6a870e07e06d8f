"""test_sources.py: workload sources (--workload, --workloads DIR, --config JSON), SIGHUP reload of the
directory, one log line per event, and a graceful stop within 2 s while a workload spins."""
import json
import os
import shutil
import signal
import tempfile
import time

from daemon import Daemon, binary_from_argv, example

W = "/api/v1/workloads"


def names(d):
    return sorted(w["name"] for w in d.get_json(W)[2]["workloads"])


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        wdir = os.path.join(tmp, "wl")
        os.mkdir(wdir)
        shutil.copy(example("steady_counter"), wdir)
        shutil.copy(example("memo_cache"), wdir)
        with open(os.path.join(wdir, "notes.txt"), "w") as f:
            f.write("not a workload")
        with open(os.path.join(wdir, "bad.py"), "w") as f:
            f.write("def broken(:\n")

        # --config with workloads_dir; the command line adds a --workload. The
        # relative path is relative to the config file (the test's cwd is not tmp)
        config = os.path.join(tmp, "closured.json")
        with open(config, "w") as f:
            json.dump({"workloads_dir": "wl", "log_level": "info", "listen": "127.0.0.1:1"}, f)
        with Daemon(binary, "--config", config, "--workload", example("seed_multiplier")) as d:
            assert names(d) == ["bad", "memo_cache", "seed_multiplier", "steady_counter"], names(d)
            bad = d.workload("bad")
            assert bad["state"] == "failed" and bad["error"]["type"] == "SyntaxError", bad
            assert bad["error"]["line"] == 1, bad
            assert d.workload("memo_cache")["origin"] == "dir"
            assert d.workload("seed_multiplier")["origin"] == "file"

            # SIGHUP: one file added, one changed, one removed
            os.remove(os.path.join(wdir, "memo_cache.py"))
            shutil.copy(example("cyclic_closures"), wdir)
            with open(os.path.join(wdir, "steady_counter.py"), "a") as f:
                f.write("\nprint('changed')\n")
            d.proc.send_signal(signal.SIGHUP)
            d.wait_for(lambda: any("reloaded" in l for l in d.lines), what="reload log line")
            line = [l for l in d.lines if "reloaded" in l][-1]
            assert "1 added, 1 changed, 1 removed" in line, line
            assert names(d) == ["bad", "cyclic_closures", "seed_multiplier", "steady_counter"], names(d)
            # The restart runs on the workload's worker: its view shows it soon after the reload.
            w = d.wait_for(lambda: (lambda x: x if x["restarts"] == 1 else None)(
                d.workload("steady_counter")), what="the restart in the published view")
            assert "changed" in w["source"], w
            d.wait_for(lambda: any(l["text"] == "changed" for l in
                                   d.get_json(f"{W}/steady_counter/output")[2]["lines"]), what="new source ran")
            # a workload from elsewhere with the same name is left alone by the reload
            d.proc.send_signal(signal.SIGHUP)
            d.wait_for(lambda: len([l for l in d.lines if "reloaded" in l]) == 2, what="second reload")
            assert "0 added, 0 changed, 0 removed" in [l for l in d.lines if "reloaded" in l][-1]

            # a workload spinning forever does not delay the stop
            d.upload("spin", "while True:\n    pass\n")
            time.sleep(0.2)
        assert d.returncode == 0 and d.stop_seconds < 2.0, (d.returncode, d.stop_seconds)

        # log lines: level and time, one per event
        for want in ("workload seed_multiplier: running -> finished", "workload bad (dir, bad.py): SyntaxError",
                     "workload memo_cache: removed", "received SIGHUP", "received SIGTERM", "stopped"):
            assert any(want in l for l in d.lines), (want, d.lines)
        for l in d.lines:
            assert l[:4].isdigit() and l[10] == "T" and l[23] == "Z", l
            assert l.split()[1] in ("debug", "info", "warn", "error"), l

        # --log-level error keeps info lines out (the listening line is always written)
        with Daemon(binary, "--log-level", "warn", "--workload", example("steady_counter")) as d:
            pass
        assert not any(" info " in l and "listening" not in l for l in d.lines), d.lines

        # a config file with a typo is refused
        with open(config, "w") as f:
            json.dump({"workload_dir": wdir}, f)
        d = Daemon(binary, "--config", config)
        try:
            d.start()
            raise AssertionError("started with a bad config")
        except AssertionError as e:
            assert "did not log its listening line" in str(e), e
        assert d.returncode == 2, d.returncode
    print("ok")


if __name__ == "__main__":
    main()
