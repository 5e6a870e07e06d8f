"""test_store.py: uploads persist in --state-dir (atomic files) and come back after a restart; deletes stick;
the dir is created 0700 and its files 0600; unfinished saves (.NAME.workload.json.tmp) are removed at start."""
import os
import tempfile

from daemon import Daemon, binary_from_argv

W = "/api/v1/workloads"
SRC = "total = 0\ndef tick():\n    global total\n    total += 1\n"


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        state = os.path.join(tmp, "state")  # created by the daemon
        with Daemon(binary, "--state-dir", state) as d:
            d.upload("kept", SRC, tick_ms=25, heap_limit_bytes=16 << 20)
            d.upload("dropped", "x = 1\n")
            assert d.delete(f"{W}/dropped")[0] == 204
        files = sorted(os.listdir(state))
        assert files == ["kept.workload.json"], files  # no temp files left, the delete stuck
        assert os.stat(state).st_mode & 0o777 == 0o700, oct(os.stat(state).st_mode)
        mode = os.stat(os.path.join(state, "kept.workload.json")).st_mode & 0o777
        assert mode == 0o600, oct(mode)
        # a save cut short by a crash leaves its temp file: removed at the next start
        orphan = os.path.join(state, ".ghost.workload.json.tmp")
        with open(orphan, "w") as f:
            f.write('{"name": "ghost", "sou')

        with Daemon(binary, "--state-dir", state) as d:
            w = d.workload("kept")
            assert w["origin"] == "upload" and w["source"] == SRC, w
            assert w["tick_ms"] == 25 and w["heap_limit_bytes"] == 16 << 20, w
            d.wait_for(lambda: d.workload("kept")["ticks_total"] > 0, what="kept ticks again")
            assert d.get_json(f"{W}/dropped")[0] == 404
            assert any("1 stored upload(s) loaded" in l for l in d.lines), d.lines
            assert not os.path.exists(orphan)
            assert any("removed 1 unfinished save" in l for l in d.lines), d.lines
            # a second upload and a third start: both are back
            d.upload("second", "y = 2\n")
        with Daemon(binary, "--state-dir", state) as d:
            names = sorted(w["name"] for w in d.get_json(W)[2]["workloads"])
            assert names == ["kept", "second"], names

        # a broken file in the state dir is skipped with a warning, not fatal
        with open(os.path.join(state, "junk.workload.json"), "w") as f:
            f.write("{not json")
        with Daemon(binary, "--state-dir", state) as d:
            assert d.get_json(W)[2]["count"] == 2
            assert any("junk.workload.json" in l for l in d.lines), d.lines

        # an unusable state dir stops start-up
        blocker = os.path.join(tmp, "file")
        open(blocker, "w").close()
        d = Daemon(binary, "--state-dir", blocker)
        try:
            d.start()
            raise AssertionError("started with a file as --state-dir")
        except AssertionError as e:
            assert "did not log its listening line" in str(e), e
        assert d.returncode == 1
    print("ok")


if __name__ == "__main__":
    main()
