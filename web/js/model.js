// model.js: maps the API's JSON (docs/api.md) to the shapes the views draw; the one place that knows field names.
"use strict";

// The first defined value among dotted paths of o.
function pick(o, ...paths) {
  for (const p of paths) {
    let v = o;
    for (const k of p.split(".")) {
      if (v === null || v === undefined) break;
      v = v[k];
    }
    if (v !== undefined && v !== null) return v;
  }
  return null;
}

const num = (v) => (v === null || v === undefined ? null : Number(v));
const nsToS = (v) => (v === null || v === undefined ? null : Number(v) / 1e9);

// Seconds from a field that is either *_seconds or *_ns.
function secs(o, base) {
  const s = pick(o, base + "_seconds", base + "_s");
  if (s !== null) return Number(s);
  return nsToS(pick(o, base + "_ns"));
}

export function workload(w) {
  const gens = pick(w, "gc.generations") || [];
  const err = pick(w, "error");
  return {
    name: w.name,
    state: w.state,
    tick_ms: num(pick(w, "tick_ms")),
    heap_limit_bytes: num(pick(w, "heap_limit_bytes", "heap.limit_bytes")),
    created: num(pick(w, "created", "created_unix")),
    started: num(pick(w, "started", "started_unix")),
    ticks_total: num(pick(w, "ticks_total", "ticks")),
    errors_total: num(pick(w, "errors_total", "errors")),
    restarts: num(pick(w, "restarts")),
    uploaded: !!pick(w, "uploaded"),
    filename: pick(w, "filename"),
    has_tick: pick(w, "has_tick"),
    error: err && typeof err === "object" ? {
      type: pick(err, "type"), message: pick(err, "message"), file: pick(err, "file"),
      traceback: pick(err, "traceback"), line: num(pick(err, "line")),
      column: num(pick(err, "column")),
    } : (pick(w, "traceback") ? { traceback: pick(w, "traceback") } : null),
    heap_bytes: num(pick(w, "heap_bytes", "heap.bytes", "totals.heap_bytes")),
    heap_objects: num(pick(w, "heap_objects", "heap.objects", "totals.heap_objects")),
    closures: num(pick(w, "closures", "closures.count", "live_closures", "totals.closures")),
    env_bytes: num(pick(w, "env_bytes", "closures.env_bytes", "totals.env_bytes")),
    env_shallow_bytes: num(pick(w, "env_shallow_bytes", "closures.env_shallow_bytes")),
    // The workload JSON carries these since issue 8; has_gc_summary says so (no /gc fetch).
    has_gc_summary: pick(w, "collections") !== null && pick(w, "longest_pause_seconds") !== null,
    collections: num(pick(w, "collections", "gc.collections", "gc.collections_total")) ??
      (gens.length ? gens.reduce((a, g) => a + Number(g.collections || 0), 0) : null),
    max_pause_s: secs(w, "longest_pause") ?? secs(w, "max_pause") ?? secs(w.gc || {}, "max_pause") ??
      secs(w.gc || {}, "pause_max") ??
      (gens.length ? Math.max(...gens.map((g) => secs(g, "pause_max") ?? secs(g, "max_pause") ?? 0)) : null),
  };
}

// One per-second sample (series or a `stats` event).
export function sample(s) {
  const coll = pick(s, "collections");
  return {
    workload: pick(s, "workload", "name"),
    time: num(pick(s, "time", "t")),
    heap_bytes: num(pick(s, "heap_bytes")),
    heap_objects: num(pick(s, "heap_objects")),
    closures: num(pick(s, "closures", "live_closures")),
    env_bytes: num(pick(s, "env_bytes")),
    env_shallow_bytes: num(pick(s, "env_shallow_bytes")),
    collections: Array.isArray(coll) ? coll.map(Number) : [0, 0, 0],
    collections_total: (pick(s, "collections_total") || [0, 0, 0]).map(Number),
    max_pause_s: secs(s, "max_pause") ?? secs(s, "pause") ?? 0,
    state: pick(s, "state"),
  };
}

export function variable(v) {
  return {
    name: v.name,
    type: pick(v, "type", "type_name"),
    repr: pick(v, "repr", "value"),
    bytes: num(pick(v, "shallow_bytes", "bytes")),
    cell_bytes: num(pick(v, "cell_bytes")),
    empty: !!pick(v, "empty"),
    shared_with: num(pick(v, "shared_with")),
    retained_bytes: num(pick(v, "retained_bytes")),
    cell_id: pick(v, "cell_id"),
    value_id: pick(v, "value.id"),
    value_name: pick(v, "value.name"),
    hints: hints(pick(v, "hints")),
  };
}

// Capture hints: ["late_binding", ...] or [{hint|kind|name, variable?, detail?}] or
// {late_binding: true, ...} -> [{hint, variable, detail}].
export function hints(h) {
  if (!h) return [];
  if (Array.isArray(h)) {
    return h.map((x) => typeof x === "string" ? { hint: x, variable: null, detail: null }
      : { hint: pick(x, "hint", "kind", "name", "type"), variable: pick(x, "variable", "var", "name_of"),
          detail: pick(x, "detail", "message", "explanation") }).filter((x) => x.hint);
  }
  if (typeof h === "object") {
    return Object.entries(h).filter(([, v]) => v).map(([k, v]) => ({
      hint: k, variable: typeof v === "object" ? pick(v, "variable") : null,
      detail: typeof v === "object" ? pick(v, "detail", "message") : null }));
  }
  return [];
}

// One step of a why-alive path: how it is reached (edge) and what it is (node).
function pathStep(st, i) {
  const edge = pick(st, "edge");
  const node = pick(st, "node") || st;
  const e = edge && typeof edge === "object" ? edge : null;
  return {
    index: i,
    edge_kind: e ? pick(e, "kind", "type") : pick(st, "edge_kind", "edge_type"),
    edge_label: e ? pick(e, "label", "name", "name_or_index", "index")
                  : (typeof edge === "string" || typeof edge === "number" ? edge : pick(st, "edge_name", "via", "label")),
    id: pick(node, "id"),
    type: pick(node, "type", "type_name", "kind"),
    name: pick(node, "name", "qualname", "repr"),
    site: pick(node, "site") ?? (pick(node, "file", "filename") ? pick(node, "file", "filename") + ":" + pick(node, "line") : null),
    closure: pick(node, "kind") === "closure" && pick(node, "type") === "function" && !pick(node, "synthetic"),
    synthetic: !!pick(node, "synthetic"),
    text: pick(st, "text", "rendered", "description"),
    self_bytes: num(pick(node, "self_size", "self_bytes", "shallow_bytes")),
    retained_bytes: num(pick(node, "retained_size", "retained_bytes")),
  };
}

// A why-alive path: {steps, text, length, unreachable}.
export function path(p) {
  if (!p) return null;
  if (typeof p === "string") return { steps: [], text: p, length: null, unreachable: false };
  const steps = (pick(p, "steps") || (Array.isArray(p) ? p : [])).map(pathStep);
  return {
    steps,
    text: pick(p, "text", "rendered", "string", "line", "path"),
    length: num(pick(p, "length")) ?? steps.length,
    unreachable: !!pick(p, "unreachable", "garbage"),
  };
}

export function closure(c) {
  const filename = pick(c, "filename", "file", "site.filename", "site.file");
  const line = num(pick(c, "line", "site.line"));
  const siteStr = typeof c.site === "string" ? c.site : (filename !== null ? filename + ":" + line : "?");
  return {
    id: pick(c, "id"),
    name: pick(c, "name"),
    qualname: pick(c, "qualname"),
    filename, line, site: siteStr,
    age_seq: num(pick(c, "age_seq", "age")),
    age_s: secs(c, "age"),
    function_bytes: num(pick(c, "function_bytes")),
    env_bytes: num(pick(c, "env_bytes")),
    env_shallow_bytes: num(pick(c, "env_shallow_bytes")),
    retained_bytes: num(pick(c, "retained_bytes")),
    vars: (pick(c, "free_vars", "freevars", "vars", "captures") || []).map(variable),
    hints: hints(pick(c, "hints")),
    path: path(pick(c, "path", "why_alive")),
    garbage: !!pick(c, "garbage"),
    deep_bytes: num(pick(c, "deep_bytes")),
  };
}

export function site(s) {
  const filename = pick(s, "filename", "file");
  const line = num(pick(s, "line"));
  return {
    site: typeof s.site === "string" ? s.site : pick(s, "label") || (filename + ":" + line),
    filename, line,
    count: num(pick(s, "count", "closures")),
    env_bytes: num(pick(s, "env_bytes")),
    env_shallow_bytes: num(pick(s, "env_shallow_bytes")),
    names: pick(s, "names") || (pick(s, "qualname", "name") ? [pick(s, "qualname", "name")] : []),
    retained_bytes: num(pick(s, "retained_bytes")),
    closures_per_minute: num(pick(s, "growth.closures_per_minute", "closures_per_minute", "growth_closures_per_minute")),
    retained_per_minute: num(pick(s, "growth.retained_bytes_per_minute", "retained_bytes_per_minute",
                                  "growth_bytes_per_minute", "growth_per_minute")),
    env_per_minute: num(pick(s, "growth.env_bytes_per_minute", "env_bytes_per_minute")),
    growth_samples: num(pick(s, "growth.samples", "samples")),
    growth_seconds: num(pick(s, "growth.seconds", "growth_seconds", "window_seconds")),
    suspect: !!pick(s, "suspect", "leak_suspect", "growth.suspect"),
    collections_survived: num(pick(s, "collections_survived", "survived")),
    live_seconds: num(pick(s, "live_seconds")),
    rank: num(pick(s, "rank", "suspect_rank")),
    top_var: topVar(s),
    hints: hints(pick(s, "hints")),
  };
}

// The biggest captured variable of a site: {name, retained_bytes} or null.
function topVar(s) {
  const t = pick(s, "top_var", "biggest_var", "top_variable", "biggest_variable", "biggest_capture");
  if (!t) return null;
  if (typeof t === "string") return { name: t, retained_bytes: num(pick(s, "top_var_bytes", "top_var_retained_bytes")) };
  return { name: pick(t, "name", "variable"), retained_bytes: num(pick(t, "retained_bytes", "bytes")) };
}

// A heap mark: {id, time, heap_bytes, heap_objects}.
export function snapshot(s) {
  return {
    id: pick(s, "id"),
    time: num(pick(s, "time", "taken", "created")),
    heap_bytes: num(pick(s, "heap_bytes", "totals.heap_bytes", "bytes")),
    heap_objects: num(pick(s, "heap_objects", "totals.heap_objects", "objects")),
    restarts: num(pick(s, "restarts")),
    label: pick(s, "label", "name"),
  };
}

// One row of a snapshot diff (by site or by type).
function diffRow(r) {
  const kind = pick(r, "kind", "change", "status");
  return {
    key: pick(r, "key", "site", "type", "name"),
    kind,
    count_a: num(pick(r, "count_a", "a.count", "old.count", "before.count", "count_before", "old_count")),
    count_b: num(pick(r, "count_b", "b.count", "new.count", "after.count", "count_after", "count", "new_count")),
    bytes_a: num(pick(r, "bytes_a", "a.bytes", "old.bytes", "before.bytes", "bytes_before", "old_bytes")),
    bytes_b: num(pick(r, "bytes_b", "b.bytes", "new.bytes", "after.bytes", "bytes_after", "bytes", "new_bytes")),
    count_delta: num(pick(r, "count_delta", "count_diff", "delta.count")),
    bytes_delta: num(pick(r, "bytes_delta", "size_diff", "bytes_diff", "delta.bytes")),
  };
}

// A comparison of two marks: {from, to, by_site, by_type}.
export function diff(d) {
  return {
    from: pick(d, "from.id", "a.id", "from", "a", "base"),
    to: pick(d, "to.id", "b.id", "to", "b", "target"),
    seconds: num(pick(d, "seconds", "interval_seconds")),
    heap_bytes_delta: num(pick(d, "heap_bytes_delta", "totals.bytes_delta", "bytes_delta")),
    heap_objects_delta: num(pick(d, "heap_objects_delta", "totals.count_delta", "objects_delta")),
    by_site: (pick(d, "by_site", "sites") || []).map(diffRow),
    by_type: (pick(d, "by_type", "types") || []).map(diffRow),
  };
}

export function gcEvent(e) {
  return {
    workload: pick(e, "workload"),
    seq: num(pick(e, "seq")),
    time: num(pick(e, "time", "time_unix")),
    generation: num(pick(e, "generation")),
    examined: num(pick(e, "examined")),
    collected: num(pick(e, "collected")),
    uncollectable: num(pick(e, "uncollectable")),
    pause_s: secs(e, "pause"),
    heap_before: num(pick(e, "heap_bytes_before")),
    heap_after: num(pick(e, "heap_bytes_after")),
    manual: !!pick(e, "manual"),
  };
}

export function gc(g) {
  const gens = pick(g, "generations") || [];
  return {
    enabled: pick(g, "enabled"),
    generations: gens.map((x, i) => ({
      generation: num(pick(x, "generation")) ?? i,
      threshold: num(pick(x, "threshold")),
      count: num(pick(x, "count")),
      collections: num(pick(x, "collections")),
      collected: num(pick(x, "collected")),
      uncollectable: num(pick(x, "uncollectable")),
      pause_total_s: num(pick(x, "pause_seconds_total")) ?? secs(x, "pause_total"),
      pause_max_s: num(pick(x, "pause_seconds_max")) ?? secs(x, "pause_max"),
    })),
    refcount_freed_objects: num(pick(g, "freed.refcount_objects", "refcount_freed_objects",
                                     "freed.refcount.objects", "refcount_freed_objects_total")),
    refcount_freed_bytes: num(pick(g, "freed.refcount_bytes", "refcount_freed_bytes",
                                   "freed.refcount.bytes", "refcount_freed_bytes_total")),
    gc_freed_objects: num(pick(g, "freed.collector_objects", "gc_freed_objects",
                               "freed.collector.objects", "gc_freed_objects_total")),
    gc_freed_bytes: num(pick(g, "freed.collector_bytes", "gc_freed_bytes",
                             "freed.collector.bytes", "gc_freed_bytes_total")),
  };
}

// The card numbers a /gc answer adds to a workload: all collections, the longest pause.
export function gcSummary(g) {
  const m = gc(g);
  return {
    collections: m.generations.reduce((a, x) => a + (x.collections || 0), 0),
    max_pause_s: m.generations.reduce((a, x) => Math.max(a, x.pause_max_s || 0), 0),
  };
}

export function outputLine(l) {
  return { seq: num(pick(l, "seq")), time: num(pick(l, "time")), text: pick(l, "text", "line") ?? "" };
}
