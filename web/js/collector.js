// collector.js: the collector of one workload: totals per generation, refcount vs collector frees, event log, collect now.
"use strict";

import { el, replace, bytesEl, intEl, int, seconds, timeEl, empty } from "./fmt.js";

const LOG_MAX = 200;

export default function collector(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Collector"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const gensBox = el("div", { class: "gens" });
  const freedBox = el("div", { class: "freed panel" });
  const result = el("p", { class: "muted", id: "collect-result", role: "status", "aria-live": "polite" });
  const logBody = el("tbody");
  const logNote = el("p", { class: "muted" });
  replace(root,
    el("h1", {}, "Collector ", el("span", { class: "sub" }, name)),
    el("section", { "aria-labelledby": "gens-h" }, el("h2", { id: "gens-h" }, "Generations"), gensBox, result),
    el("section", { "aria-labelledby": "freed-h" }, el("h2", { id: "freed-h" }, "Who frees memory"), freedBox),
    el("section", { "aria-labelledby": "log-h" }, el("h2", { id: "log-h" }, "Collections"), logNote,
      el("div", { class: "table-wrap" }, el("table", { class: "data gc-log" },
        el("thead", {}, el("tr", {}, ["#", "When", "Generation", "Examined", "Collected", "Uncollectable",
                                      "Pause", "Heap after", "Trigger"].map((t, i) =>
          el("th", { scope: "col", class: i >= 3 && i <= 7 ? "num" : null }, t)))),
        logBody))));

  let events = [];
  let lastSeq = 0;
  let disposed = false;
  let timer = null;
  const busy = new Set();

  function genCard(g) {
    const btn = el("button", { type: "button", class: "primary", dataset: { generation: String(g.generation) },
                               disabled: busy.has(g.generation),
                               onclick: () => collect(g.generation) }, `Collect generation ${g.generation} now`);
    return el("article", { class: "gen panel", dataset: { generation: String(g.generation) } },
      el("h3", {}, "Generation " + g.generation),
      el("dl", { class: "kv" },
        el("dt", {}, "Collections"), el("dd", { dataset: { key: "collections" } }, intEl(g.collections)),
        el("dt", {}, "Collected"), el("dd", { dataset: { key: "collected" } }, intEl(g.collected)),
        el("dt", {}, "Uncollectable"), el("dd", { dataset: { key: "uncollectable" } }, intEl(g.uncollectable)),
        el("dt", {}, "Count / threshold"), el("dd", {}, `${int(g.count)} / ${int(g.threshold)}`),
        el("dt", {}, "Total pause"), el("dd", {}, seconds(g.pause_total_s)),
        el("dt", {}, "Longest pause"), el("dd", {}, seconds(g.pause_max_s))),
      btn);
  }

  function renderFreed(g) {
    const rc = g.refcount_freed_objects ?? 0, gc = g.gc_freed_objects ?? 0;
    const pct = rc + gc ? Math.round((100 * gc) / (rc + gc)) : 0;
    replace(freedBox,
      el("div", { class: "freed-bar", role: "img",
                  "aria-label": `${pct}% of freed objects were freed by the cycle collector` },
        el("span", { class: "rc", style: `flex-grow:${Math.max(rc, 0.0001)}` }),
        el("span", { class: "gcc", style: `flex-grow:${Math.max(gc, 0.0001)}` })),
      el("dl", { class: "kv two" },
        el("dt", {}, el("span", { class: "swatch rc" }), "Reference counting"),
        el("dd", { dataset: { key: "refcount_freed" } }, intEl(rc), " objects",
           g.refcount_freed_bytes !== null ? [" · ", bytesEl(g.refcount_freed_bytes)] : null),
        el("dt", {}, el("span", { class: "swatch gcc" }), "Cycle collector"),
        el("dd", { dataset: { key: "gc_freed" } }, intEl(gc), " objects",
           g.gc_freed_bytes !== null ? [" · ", bytesEl(g.gc_freed_bytes)] : null)),
      el("p", { class: "muted" }, rc + gc ? `${pct}% of freed objects needed the cycle collector.`
                                          : "Nothing freed yet."),
      g.enabled === false ? el("p", { class: "warn" }, "Automatic collection is disabled (gc.disable()).") : null);
  }

  async function loadGc() {
    try {
      const g = ctx.model.gc(await ctx.api.get(ctx.api.wl(name, "/gc")));
      if (disposed) return;
      const focused = gensBox.contains(document.activeElement) ? document.activeElement.dataset.generation : null;
      replace(gensBox, g.generations.length ? g.generations.map(genCard) : empty("No collector data."));
      if (focused !== null && focused !== undefined) {
        const b = gensBox.querySelector(`button[data-generation="${focused}"]`);
        if (b) b.focus();
      }
      renderFreed(g);
    } catch (err) {
      if (!disposed) replace(gensBox, el("p", { class: "error" }, "Could not load the collector: " + err.message));
    }
  }

  function renderLog() {
    if (!events.length) {
      replace(logNote, "");
      replace(logBody, el("tr", {}, el("td", { colspan: 9 }, empty("No collections recorded yet."))));
      return;
    }
    replace(logNote, `The newest ${int(events.length)} collections, newest first.`);
    replace(logBody, events.slice().reverse().map((e) => el("tr", { dataset: { seq: String(e.seq) } },
      el("td", { class: "mono" }, int(e.seq)),
      el("td", {}, timeEl(e.time)),
      el("td", {}, String(e.generation)),
      el("td", { class: "num" }, intEl(e.examined)),
      el("td", { class: "num" }, intEl(e.collected)),
      el("td", { class: "num" }, intEl(e.uncollectable)),
      el("td", { class: "num", title: e.pause_s === null ? null : e.pause_s + " s" }, seconds(e.pause_s)),
      el("td", { class: "num" }, bytesEl(e.heap_after)),
      el("td", {}, e.manual ? "manual" : "threshold"))));
  }

  function addEvents(list) {
    for (const e of list) {
      if (e.seq !== null && e.seq <= lastSeq) continue;
      events.push(e);
      if (e.seq !== null) lastSeq = e.seq;
    }
    if (events.length > LOG_MAX) events = events.slice(-LOG_MAX);
  }

  async function loadEvents() {
    try {
      const data = await ctx.api.get(ctx.api.wl(name, "/gc/events?since=" + lastSeq));
      if (disposed) return;
      addEvents(ctx.api.list(data, "events", "items").map(ctx.model.gcEvent));
      renderLog();
    } catch (err) {
      if (!disposed) replace(logNote, el("span", { class: "error" }, "Could not load the log: " + err.message));
    }
  }

  async function collect(gen) {
    busy.add(gen);
    const btn = gensBox.querySelector(`button[data-generation="${gen}"]`);
    if (btn) btn.disabled = true;
    replace(result, `Collecting generation ${gen}…`);
    try {
      const raw = await ctx.api.post(ctx.api.wl(name, "/gc"), { generation: gen });
      const e = ctx.model.gcEvent(raw && raw.event ? raw.event : raw || {});
      replace(result, `Generation ${gen}: collected ${int(e.collected ?? 0)} objects, ` +
              `${int(e.uncollectable ?? 0)} uncollectable, in ${seconds(e.pause_s)}.`);
    } catch (err) {
      replace(result, el("span", { class: "error" }, `Collect failed: ${err.message}`));
    }
    busy.delete(gen);
    await Promise.all([loadGc(), loadEvents()]);
    if (!document.activeElement || document.activeElement === document.body) {
      const again = gensBox.querySelector(`button[data-generation="${gen}"]`);
      if (again) again.focus();
    }
  }

  let pending = false;
  ctx.on((kind, data) => {
    if (kind === "gc" && (data.workload === name || !data.workload)) {
      addEvents([data]);
      renderLog();
      if (!pending) {   // totals: at most one reload a second
        pending = true;
        setTimeout(() => { pending = false; if (!disposed) loadGc(); }, 1000);
      }
    }
  });

  function poll() {
    timer = setTimeout(async () => { await loadGc(); if (!disposed) poll(); }, 5000);
  }
  loadGc();
  loadEvents();
  poll();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
