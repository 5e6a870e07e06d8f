"""test_sleep.py: time.sleep in a workload suspends it instead of blocking its worker: while
one workload sleeps, the others keep ticking and the sleeper uses no slices; it resumes after
its delay, and time.monotonic() inside it sees the whole delay."""
import time

from daemon import Daemon, binary_from_argv, example

W = "/api/v1/workloads"
SLEEPER = """import time
print("before")
t = time.monotonic()
time.sleep(1.5)
print("slept", time.monotonic() - t >= 1.5)
"""


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("steady_counter")) as d:
        ticks0 = d.workload("steady_counter")["ticks_total"]
        t0 = time.monotonic()
        d.upload("sleeper", SLEEPER)
        d.wait_for(lambda: any(l["text"] == "before"
                               for l in d.get_json(f"{W}/sleeper/output")[2]["lines"]),
                   what="the sleeper starts")
        slices = d.workload("sleeper")["slices_total"]
        time.sleep(0.6)
        w = d.workload("sleeper")
        # asleep: still running, no slice spent, nothing more printed; the others go on
        assert w["state"] == "running", w
        assert w["slices_total"] == slices, (slices, w["slices_total"])
        lines = [l["text"] for l in d.get_json(f"{W}/sleeper/output")[2]["lines"]]
        if time.monotonic() - t0 < 1.4:
            assert lines == ["before"], lines
        d.wait_for(lambda: d.workload("steady_counter")["ticks_total"] > ticks0 + 3,
                   what="the other workload ticks while one sleeps")
        w = d.wait_for(lambda: (lambda x: x if x["state"] == "finished" else None)(
            d.workload("sleeper")), timeout=10, what="the sleeper wakes and finishes")
        lines = [l["text"] for l in d.get_json(f"{W}/sleeper/output")[2]["lines"]]
        assert lines == ["before", "slept True"], lines
        assert time.monotonic() - t0 >= 1.5
    print("ok")


if __name__ == "__main__":
    main()
