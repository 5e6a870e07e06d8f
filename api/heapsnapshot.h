/* heapsnapshot.h: writes a heap graph (runtime/rt_inspect.h) as a V8 heap
 * snapshot (.heapsnapshot JSON), the format Chrome DevTools' Memory panel
 * loads: summary by constructor, retainers, dominators, comparisons.
 *
 * Format (V8's HeapSnapshotJSONSerializer): snapshot.meta describes the
 * flat arrays; nodes are [type, name, id, self_size, edge_count,
 * detachedness] per node, node 0 the synthetic root; edges are [type,
 * name_or_index, to_node] grouped by source in node order, to_node being
 * the target's offset in `nodes` (index x 6); name_or_index is an index
 * into `strings` except for element and hidden edges (an integer index);
 * strings[0] is "". `locations` gives each function's definition line
 * ([object_index, script_id, line, column], zero-based line and column).
 *
 * Mapping: functions are `closure` nodes named by qualname; cells are
 * `object` nodes named "cell", reached through `context` edges named by the
 * variable; lists, tuples and sets are `array` nodes with `element` edges;
 * dicts `object` nodes (named by their type, as DevTools groups objects by
 * constructor name) with `property` edges; ints and floats `number` nodes;
 * str `string` nodes; the graph's synthetic roots `synthetic` nodes.
 *
 * Ids: an object node's id is the object's opaque id (runtime/objid.h), the
 * number the API shows: odd, below 2^52, kept from one export to the next
 * while the object lives; synthetic nodes get small odd ids. DevTools keeps
 * node fields in 32-bit arrays, so it shows and compares an id modulo 2^32.
 *
 * Steps: a writer writes the text in steps bounded by a deadline (a heap of a
 * million objects makes about 60 MB of it), so that a worker can run its
 * other workloads in between; the graph must not change until it is freed.
 *
 * Ownership: the writer owns the text until api_heapsnapshot_writer_take. */
#ifndef CLOSURED_API_HEAPSNAPSHOT_H
#define CLOSURED_API_HEAPSNAPSHOT_H

#include <stdint.h>

#include "api/buf.h"
#include "runtime/rt_inspect.h"

#define API_HEAPSNAPSHOT_NODE_FIELDS 6
#define API_HEAPSNAPSHOT_EDGE_FIELDS 3
typedef struct api_heapsnapshot_writer api_heapsnapshot_writer_t;

/* A writer of g's snapshot (g borrowed), or NULL when out of memory. */
api_heapsnapshot_writer_t *api_heapsnapshot_writer_new(const rt_graph *g);

/* Writes on until d_now_ns() passes deadline_ns (looked at every few
 * thousand items; 0: to the end). Returns 1 when the text is complete, 0
 * when there is more, -1 when out of memory. O(nodes + edges + strings) in
 * all. */
int api_heapsnapshot_writer_step(api_heapsnapshot_writer_t *w, uint64_t deadline_ns);

/* The complete text (caller frees; *len its length), or NULL before the end. */
char *api_heapsnapshot_writer_take(api_heapsnapshot_writer_t *w, size_t *len);

void api_heapsnapshot_writer_free(api_heapsnapshot_writer_t *w);

#endif
