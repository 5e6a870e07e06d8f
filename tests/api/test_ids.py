"""test_ids.py: object and closure ids are opaque: the same number in the API, in id() and the
reprs a workload prints, and in the .heapsnapshot export; odd, below 2^52, spread over the
whole range (not clustered like heap addresses), and inside none of the daemon's mappings;
a restarted workload's objects get new ids."""
import json
import re

from daemon import Daemon, binary_from_argv

W = "/api/v1/workloads"
SOURCE = """
def make(n):
    box = [n]
    def f():
        return box
    return f


fs = [make(i) for i in range(40)]
print(id(fs[0]))
print(repr(fs[0]))
print(hash(fs[0]) == hash(fs[0]))


def tick():
    pass
"""


def mappings(pid):
    ranges = []
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            lo, hi = line.split()[0].split("-")
            ranges.append((int(lo, 16), int(hi, 16)))
    return ranges


def closures(d):
    status, _, body = d.get_json(f"{W}/ids/closures?limit=100")
    assert status == 200, body
    return {c["id"]: c for c in body["closures"] if c["name"] == "f"}


def main():
    binary = binary_from_argv()
    with Daemon(binary) as d:
        d.upload("ids", SOURCE, tick_ms=1000)
        lines = d.wait_for(lambda: (lambda o: o["lines"] if len(o["lines"]) >= 3 else None)(
            d.get_json(f"{W}/ids/output")[2]), what="output")
        printed_id = int(lines[0]["text"])
        repr_text = lines[1]["text"]
        assert lines[2]["text"] == "True", lines
        cs = closures(d)
        assert len(cs) == 40, len(cs)
        ids = sorted(cs)
        # the API, id() and the repr name the same number
        assert printed_id in cs, (printed_id, ids[:3])
        assert repr_text == f"<function make.<locals>.f at {hex(printed_id)}>", repr_text
        # opaque: odd, JSON-exact, spread over 2^52 instead of within a few KiB of heap
        assert all(i % 2 == 1 and 0 < i < 2 ** 52 for i in ids), ids[:3]
        assert ids[-1] - ids[0] > 2 ** 40, (ids[0], ids[-1])
        cell_ids = [v["cell_id"] for c in cs.values() for v in c["free_vars"]]
        assert len(set(cell_ids)) == 40 and not set(cell_ids) & set(ids), cell_ids[:3]
        maps = mappings(d.pid())
        for i in ids + cell_ids:
            for v in (i, i >> 1, i - 1):
                assert not any(lo <= v < hi for lo, hi in maps), hex(v)
        # every id works as a path parameter
        for i in ids[:5]:
            status, _, c = d.get_json(f"{W}/ids/closures/{i}")
            assert status == 200 and c["id"] == i, c
            status, _, p = d.get_json(f"{W}/ids/objects/{i}/path")
            assert status == 200 and p["object"]["id"] == i and p["path"]["steps"][-1]["node"]["id"] == i, p
        status, _, p = d.get_json(f"{W}/ids/objects/{cell_ids[0]}/path")
        assert status == 200, p
        # the .heapsnapshot names the closures with the same ids
        status, _, raw = d.get(f"{W}/ids/heap.heapsnapshot")
        assert status == 200
        snap = json.loads(raw)
        meta = snap["snapshot"]["meta"]
        nf = len(meta["node_fields"])
        id_at, type_at = meta["node_fields"].index("id"), meta["node_fields"].index("type")
        closure_type = meta["node_types"][0].index("closure")
        nodes = snap["nodes"]
        snap_ids = {nodes[k + id_at] for k in range(0, len(nodes), nf)
                    if nodes[k + type_at] == closure_type}
        assert set(ids) <= snap_ids, len(set(ids) - snap_ids)
        # ids stay while the objects live; a restart makes new objects with new ids
        assert set(closures(d)) == set(ids)
        status, _, _ = d.post_json(f"{W}/ids/restart")
        assert status == 200
        d.wait_for(lambda: len(closures(d)) == 40, what="restarted closures")
        assert not set(closures(d)) & set(ids)
    print("ok")


if __name__ == "__main__":
    main()
