"""test_snapshots.py: heap marks and their diffs (the handler site grows between two marks), the
limit on stored marks, and the .heapsnapshot export: a structural check of V8's format, totals
equal to the runtime's heap, the closure/cell/list mapping, and ids stable across exports."""
import json
import time

from daemon import Daemon, assert_problem, binary_from_argv, example

W = "/api/v1/workloads"
L = f"{W}/leaky_handlers"

NODE_FIELDS = ["type", "name", "id", "self_size", "edge_count", "detachedness"]
NODE_TYPES = ["hidden", "array", "string", "object", "code", "closure", "regexp", "number",
              "native", "synthetic", "concatenated string", "sliced string", "symbol", "bigint",
              "object shape"]
EDGE_FIELDS = ["type", "name_or_index", "to_node"]
EDGE_TYPES = ["context", "element", "property", "internal", "hidden", "shortcut", "weak"]


def check_marks(d):
    # the top level registers ten handlers: mark once they exist, so the
    # buffers' site is "changed" between the marks, not "new"
    d.wait_for(lambda: d.get_json(f"{L}/closures?limit=1&retained=false")[2]["total"] >= 10,
               what="the top level's handlers")
    status, headers, a = d.post_json(f"{L}/snapshots")
    assert status == 201 and a["id"] == 1 and a["evicted"] is None, a
    assert headers["location"] == f"{L}/snapshots/1", headers
    assert a["heap_bytes"] > 0 and a["sites"] > 0 and a["types"] > 0, a
    d.wait_for(lambda: d.get_json(f"{L}/closures?limit=1&retained=false")[2]["total"] >= 30,
               what="more handlers")
    status, _, b = d.post_json(f"{L}/snapshots")
    assert status == 201 and b["id"] == 2, b

    status, _, diff = d.get_json(f"{L}/snapshots/1/diff/2")
    assert status == 200 and diff["a"]["id"] == 1 and diff["b"]["id"] == 2, diff
    assert diff["same_runtime"] is True and diff["heap_bytes_delta"] > 0, diff
    rows = diff["by_site"]
    deltas = [abs(r["bytes_delta"]) for r in rows]
    assert deltas == sorted(deltas, reverse=True), deltas
    top = rows[0]
    assert top["site"] == "leaky_handlers.py:9" and top["status"] == "changed", top  # the buffers
    assert top["bytes_delta"] >= 8000 * 5 and top["count_delta"] > 0, top
    handler = next(r for r in rows if r["site"] == "leaky_handlers.py:11")  # the handler closures
    assert handler["count_delta"] >= 5 and handler["count_b"] - handler["count_a"] == handler["count_delta"], handler
    types = {r["type"]: r for r in diff["by_type"]}
    assert types["list"]["bytes_delta"] > 0 and types["function"]["count_delta"] > 0, types

    # against the heap now, in both spellings
    status, _, now = d.get_json(f"{L}/snapshots/1/diff?against=now&limit=2")
    assert status == 200 and now["b"]["id"] == "now" and len(now["by_site"]) == 2, now
    assert now["sites_total"] >= 2, now
    assert d.get_json(f"{L}/snapshots/2/diff/now")[0] == 200

    # listing, one mark, deletion, errors
    status, _, lst = d.get_json(f"{L}/snapshots")
    assert status == 200 and lst["count"] == 2 and lst["max"] == 16, lst
    status, _, one = d.get_json(f"{L}/snapshots/2")
    assert one["id"] == 2 and any(r["site"] == "leaky_handlers.py:11" for r in one["by_site"]), one
    assert {"type", "count", "bytes"} <= set(one["by_type"][0]), one["by_type"][0]
    assert_problem(*d.get_json(f"{L}/snapshots/9"), 404)
    assert_problem(*d.get_json(f"{L}/snapshots/x"), 400)
    assert_problem(*d.get_json(f"{L}/snapshots/1/diff/9"), 404)
    assert_problem(*d.get_json(f"{L}/snapshots/1/diff/yesterday"), 400)
    assert_problem(*d.get_json(f"{L}/snapshots/1/diff/2?limit=0"), 400)
    assert_problem(*d.post_json(f"{W}/nope/snapshots"), 404)
    status, headers, _ = d.delete(f"{L}/snapshots/1")
    assert status == 204 and "content-type" not in headers, (status, headers)
    assert_problem(*d.get_json(f"{L}/snapshots/1"), 404)

    # at most 16 marks: the oldest goes
    for _ in range(15):
        status, _, s = d.post_json(f"{L}/snapshots")
        assert status == 201, s
    assert s["id"] == 17 and s["evicted"] is None, s
    status, _, s = d.post_json(f"{L}/snapshots")
    assert s["id"] == 18 and s["evicted"] == 2, s
    lst = d.get_json(f"{L}/snapshots")[2]
    assert lst["count"] == 16 and [m["id"] for m in lst["snapshots"]] == list(range(3, 19)), lst


def check_structure(snap):
    """V8's .heapsnapshot format: what DevTools' loader relies on."""
    meta = snap["snapshot"]["meta"]
    assert meta["node_fields"] == NODE_FIELDS, meta
    assert meta["node_types"][0] == NODE_TYPES and len(meta["node_types"]) == len(NODE_FIELDS), meta
    assert meta["edge_fields"] == EDGE_FIELDS and meta["edge_types"][0] == EDGE_TYPES, meta
    assert meta["location_fields"] == ["object_index", "script_id", "line", "column"], meta
    nodes, edges, strings, locs = snap["nodes"], snap["edges"], snap["strings"], snap["locations"]
    nf, ef = len(NODE_FIELDS), len(EDGE_FIELDS)
    assert all(type(x) is int and x >= 0 for x in nodes + edges + locs)
    assert len(nodes) % nf == 0 and len(edges) % ef == 0 and len(locs) % 4 == 0
    n, e = len(nodes) // nf, len(edges) // ef
    assert snap["snapshot"]["node_count"] == n and snap["snapshot"]["edge_count"] == e
    assert strings[0] == "" and all(isinstance(s, str) for s in strings)
    assert nodes[0] == NODE_TYPES.index("synthetic") and nodes[4] > 0  # the root, with children
    ids = set()
    total_edges = 0
    for i in range(0, len(nodes), nf):
        t, name, nid, size, ec, det = nodes[i:i + nf]
        assert t < len(NODE_TYPES) and name < len(strings) and det == 0, nodes[i:i + nf]
        assert nid % 2 == 1 and nid not in ids and nid < 2 ** 52, nid
        ids.add(nid)
        total_edges += ec
    assert total_edges == e, (total_edges, e)  # every edge belongs to exactly one node, in order
    element, hidden = EDGE_TYPES.index("element"), EDGE_TYPES.index("hidden")
    for j in range(0, len(edges), ef):
        t, ni, to = edges[j:j + ef]
        assert t < len(EDGE_TYPES), edges[j:j + ef]
        assert to % nf == 0 and to // nf < n, edges[j:j + ef]
        if t not in (element, hidden):
            assert ni < len(strings), edges[j:j + ef]
    for k in range(0, len(locs), 4):
        obj = locs[k]
        assert obj % nf == 0 and nodes[obj] == NODE_TYPES.index("closure"), locs[k:k + 4]
    return n, e


class Graph:
    """Nodes as dicts with their outgoing edges, to walk the snapshot."""

    def __init__(self, snap):
        nodes, edges, self.strings = snap["nodes"], snap["edges"], snap["strings"]
        nf = len(NODE_FIELDS)
        self.nodes = []
        at = 0
        for i in range(0, len(nodes), nf):
            t, name, nid, size, ec, _ = nodes[i:i + nf]
            out = []
            for j in range(at, at + ec * 3, 3):
                et, ni, to = edges[j:j + 3]
                label = ni if EDGE_TYPES[et] in ("element", "hidden") else self.strings[ni]
                out.append((EDGE_TYPES[et], label, to // nf))
            at += ec * 3
            self.nodes.append({"type": NODE_TYPES[t], "name": self.strings[name], "id": nid,
                               "size": size, "edges": out})

    def child(self, node, kind, label):
        for k, l, to in node["edges"]:
            if k == kind and l == label:
                return self.nodes[to]
        return None


def check_heapsnapshot(d):
    assert d.post_json(f"{L}/pause")[0] == 200
    status, headers, raw = d.get(f"{L}/heap.heapsnapshot")
    assert status == 200, raw[:300]
    assert headers["content-disposition"] == 'attachment; filename="leaky_handlers.heapsnapshot"', headers
    snap = json.loads(raw)
    check_structure(snap)
    g = Graph(snap)
    real = [x for x in g.nodes if x["type"] != "synthetic"]
    totals = d.get_json(f"{L}/heap")[2]["totals"]
    assert len(real) == totals["heap_objects"], (len(real), totals)
    assert sum(x["size"] for x in real) == totals["heap_bytes"], totals

    # functions are closures named by qualname, reaching their cell by a context edge
    handlers = [x for x in g.nodes if x["type"] == "closure" and x["name"] == "make_handler.<locals>.handle"]
    assert len(handlers) == d.get_json(f"{L}/closures?limit=1&retained=false")[2]["total"], len(handlers)
    cell = g.child(handlers[0], "context", "buffer")
    assert cell and cell["type"] == "object" and cell["name"] == "cell", cell
    buf = g.child(cell, "internal", "cell_contents")
    assert buf["type"] == "array" and buf["name"] == "list (1000 items)", buf  # small ints: immediates
    assert buf["size"] >= 8000, buf
    # globals['handlers'] is an array under the globals object
    root = g.nodes[0]
    globs = g.nodes[root["edges"][0][2]]
    assert globs["type"] == "object", globs
    lst = g.child(globs, "property", "handlers")
    assert lst["type"] == "array" and len(lst["edges"]) == len(handlers), lst["name"]
    assert [e[:2] for e in lst["edges"]] == [("element", i) for i in range(len(handlers))]
    assert all(g.nodes[e[2]]["type"] == "closure" for e in lst["edges"])
    assert any(x["type"] == "string" for x in g.nodes)
    # locations: each function's definition line (zero-based)
    nf = len(NODE_FIELDS)
    locs = snap["locations"]
    lines = {g.nodes[locs[k] // nf]["name"]: locs[k + 2] for k in range(0, len(locs), 4)}
    assert lines["make_handler.<locals>.handle"] == 10 and lines["make_handler"] == 7, lines

    # ids stay the same for the objects that live on
    again = Graph(json.loads(d.get(f"{L}/heap.heapsnapshot")[2]))
    assert [x["id"] for x in again.nodes] == [x["id"] for x in g.nodes]
    assert d.post_json(f"{L}/resume")[0] == 200
    time.sleep(0.3)
    later = Graph(json.loads(d.get(f"{L}/heap.heapsnapshot")[2]))
    before = {x["id"] for x in handlers}
    after = {x["id"] for x in later.nodes if x["type"] == "closure" and x["name"] == "make_handler.<locals>.handle"}
    assert before < after, (len(before), len(after))  # the old handlers kept their ids; new ones joined
    assert later.child(later.nodes[later.nodes[0]["edges"][0][2]], "property", "handlers")["id"] == lst["id"]
    assert_problem(*d.get_json(f"{W}/nope/heap.heapsnapshot"), 404)


WEAK_SOURCE = """import weakref
def make(n):
    data = [0.5] * n
    def handler():
        return data
    return handler
kept = make(100)
ref_kept = weakref.ref(kept)
ref_dead = weakref.ref(make(50))
def tick():
    pass
"""


def check_weak_edges(d):
    """A weak reference's edge to its closure is exported as V8's "weak" edge; a closure held
    only weakly is gone."""
    d.upload("weakrefs", WEAK_SOURCE, tick_ms=50)
    path = f"{W}/weakrefs"
    d.wait_for(lambda: d.get_json(f"{path}/closures?limit=5&retained=false")[2].get("total", 0) >= 1,
               what="the kept handler")
    snap = json.loads(d.get(f"{path}/heap.heapsnapshot")[2])
    check_structure(snap)
    g = Graph(snap)
    globs = g.nodes[g.nodes[0]["edges"][0][2]]
    kept, ref_kept, ref_dead = (g.child(globs, "property", n) for n in ("kept", "ref_kept", "ref_dead"))
    assert kept and kept["type"] == "closure" and ref_kept and ref_dead, (kept, ref_kept, ref_dead)
    weak = [(k, l, g.nodes[to]["id"]) for k, l, to in ref_kept["edges"] if k == "weak"]
    assert weak == [("weak", "__referent__", kept["id"])], ref_kept["edges"]
    assert not [e for e in ref_dead["edges"] if e[0] == "weak"], ref_dead["edges"]
    handlers = [x for x in g.nodes if x["type"] == "closure" and x["name"] == "make.<locals>.handler"]
    assert len(handlers) == 1 and handlers[0]["id"] == kept["id"], handlers
    status, _, cl = d.get_json(f"{path}/closures?limit=10")
    assert status == 200 and [c["qualname"] for c in cl["closures"]].count("make.<locals>.handler") == 1, cl


def main():
    binary = binary_from_argv()
    with open(example("leaky_handlers")) as f:
        source = f.read()
    with Daemon(binary) as d:
        d.upload("leaky_handlers", source, tick_ms=20)
        check_marks(d)
        check_heapsnapshot(d)
        check_weak_edges(d)
    print("ok")


if __name__ == "__main__":
    main()
