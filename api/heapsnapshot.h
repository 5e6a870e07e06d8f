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
 * Ownership: the text is appended to a caller-owned api_buf_t. */
#ifndef CLOSURED_API_HEAPSNAPSHOT_H
#define CLOSURED_API_HEAPSNAPSHOT_H

#include <stdint.h>

#include "api/buf.h"
#include "runtime/rt_inspect.h"

#define API_HEAPSNAPSHOT_NODE_FIELDS 6
#define API_HEAPSNAPSHOT_EDGE_FIELDS 3
/* Appends the snapshot of g to out. Returns 0, or -1 when out of memory
 * (out is then marked failed). O(nodes + edges + strings). */
int api_heapsnapshot_write(api_buf_t *out, const rt_graph *g);

#endif
