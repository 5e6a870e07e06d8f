"""test_dominators.py: GET .../dominators answers the top of the dominator tree: the root
retains the reachable heap, children are listed biggest first and each retains no more than
its parent, a leaking handler closure sits under the global list and above its cell and the
buffer it captures, every listed object has a why-alive path, and bad parameters get 400."""
from daemon import Daemon, assert_problem, binary_from_argv, example


def walk(node, parent=None, depth=0, out=None):
    out = [] if out is None else out
    out.append((node, parent, depth))
    for c in node["children"]:
        walk(c, node, depth + 1, out)
    return out


def main():
    binary = binary_from_argv()
    with Daemon(binary, "--workload", example("leaky_handlers")) as d:
        # the handlers exist once the workload has ticked (slow to start under TSan)
        d.wait_for(lambda: d.workload("leaky_handlers")["closures"] >= 3, what="handlers")
        status, _, r = d.get_json("/api/v1/workloads/leaky_handlers/dominators?depth=10&limit=12")
        assert status == 200, r
        tree = r["tree"]
        assert tree["synthetic"] and tree["id"] is None and tree["retained_size"] == r["total_bytes"], tree
        heap = d.workload("leaky_handlers")["heap_bytes"]
        assert 0 < r["total_bytes"] <= heap * 1.2, (r["total_bytes"], heap)
        nodes = walk(tree)
        assert len(nodes) == r["nodes"] and r["depth"] == 10 and r["limit"] == 12, (len(nodes), r["nodes"])
        for node, parent, depth in nodes:
            kids = [c["retained_size"] for c in node["children"]]
            assert kids == sorted(kids, reverse=True) and len(kids) <= 12, node["name"]
            listed = sum(kids) + node["others"]["retained_size"]
            assert listed + node["self_size"] == node["retained_size"], (node["name"], listed, node)
            assert depth <= 10
            if parent is not None:
                assert node["retained_size"] >= r["min_bytes"], node
        # globals -> handlers list -> closures -> cell -> the captured buffer
        closures = [(n, p) for n, p, _ in nodes if n["closure"]]
        assert closures, "no closure in the tree"
        handle, holder = next((n, p) for n, p in closures if n["site"] == "leaky_handlers.py:11")
        assert holder["type"] == "list" and holder["site"] == "leaky_handlers.py:4", holder
        cell = handle["children"][0]
        assert cell["type"] == "cell", cell
        buf = cell["children"][0]
        assert buf["type"] == "list" and buf["name"] == "list (1000 items)", buf
        status, _, c = d.get_json(f"/api/v1/workloads/leaky_handlers/closures/{handle['id']}")
        assert status == 200 and c["retained_bytes"] == handle["retained_size"], (c, handle)
        status, _, p = d.get_json(f"/api/v1/workloads/leaky_handlers/objects/{buf['id']}/path")
        assert status == 200 and "captured 'buffer'" in p["path"]["text"], p

        # pruning: depth 1 lists only the root's children, min_permille=1000 lists none
        status, _, r1 = d.get_json("/api/v1/workloads/leaky_handlers/dominators?depth=1&limit=2")
        assert status == 200 and all(not c["children"] for c in r1["tree"]["children"]), r1
        assert len(r1["tree"]["children"]) <= 2 and r1["nodes"] == 1 + len(r1["tree"]["children"])
        status, _, r2 = d.get_json("/api/v1/workloads/leaky_handlers/dominators?min_permille=1000")
        assert status == 200 and r2["tree"]["children"] == [] and r2["nodes"] == 1, r2

        for q in ("depth=0", "depth=25", "limit=0", "limit=x", "min_permille=1001"):
            assert_problem(*d.get_json(f"/api/v1/workloads/leaky_handlers/dominators?{q}"), 400)
        assert_problem(*d.get_json("/api/v1/workloads/nope/dominators"), 404)
    print("ok")


if __name__ == "__main__":
    main()
