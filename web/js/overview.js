// overview.js: one card per workload (state, heap, closures, env bytes, collections, longest pause), live from the event stream;
// a card names its workload's top leak suspect (a growing site, polled from /sites every few seconds).
"use strict";

import { el, replace, bytesEl, intEl, seconds, timeEl, empty } from "./fmt.js";

export default function overview(root, ctx) {
  const summary = el("p", { class: "summary" });
  const grid = el("div", { class: "cards", role: "list" });
  replace(root, el("h1", {}, "Overview"), summary, grid);

  function stat(label, value, key) {
    return el("div", { class: "stat", dataset: { key } }, el("dt", {}, label), el("dd", {}, value));
  }

  // name -> its top leak suspect ({site, qualname}) or absent; refreshed by pollSuspects.
  const suspects = new Map();
  let pollTimer = null;
  let disposed = false;

  function suspectBadge(w) {
    const s = suspects.get(w.name);
    if (!s) return null;
    return el("p", { class: "suspect", dataset: { key: "suspect", site: s.site } },
      el("span", { class: "badge leak", title: "This site's closures keep growing" }, "leak suspect"), " ",
      el("a", { href: ctx.href("sites", w.name), class: "mono" }, s.site),
      s.qualname ? el("span", { class: "muted small" }, " " + s.qualname) : null);
  }

  function card(w, biggest) {
    const pause = w.max_pause_s;
    return el("article", { class: "card state-" + w.state + (biggest ? " biggest" : "") +
                                  (suspects.has(w.name) ? " suspect" : ""),
                           role: "listitem", dataset: { workload: w.name } },
      el("header", {},
        el("h2", {}, el("a", { href: ctx.href("charts", w.name) }, w.name)),
        el("span", { class: "badge " + w.state, dataset: { key: "state" } }, w.state)),
      biggest ? el("p", { class: "hint" }, "Holds the most closure memory") : null,
      suspectBadge(w),
      el("dl", {},
        stat("Heap", bytesEl(w.heap_bytes), "heap_bytes"),
        stat("Live closures", intEl(w.closures), "closures"),
        stat("Env bytes", bytesEl(w.env_bytes), "env_bytes"),
        stat("Collections", intEl(w.collections), "collections"),
        stat("Longest pause", el("span", { class: "num", title: pause == null ? null : pause + " s",
                                           dataset: { value: pause == null ? "" : String(pause) } },
                                 seconds(pause)), "max_pause"),
        stat("Started", timeEl(w.started || w.created), "started")),
      w.state === "failed" && w.error ? el("p", { class: "error small" },
        (w.error.type ? w.error.type + ": " : "") + (w.error.message || "failed") +
        (w.error.file && w.error.line ? ` (${w.error.file}:${w.error.line})` : "")) : null,
      el("nav", { class: "card-links", "aria-label": w.name + " views" },
        el("a", { href: ctx.href("charts", w.name) }, "Charts"),
        el("a", { href: ctx.href("closures", w.name) }, "Closures"),
        el("a", { href: ctx.href("sites", w.name) }, "Sites"),
        el("a", { href: ctx.href("snapshots", w.name) }, "Snapshots"),
        el("a", { href: ctx.href("collector", w.name) }, "Collector"),
        el("a", { href: ctx.href("workloads", w.name) }, "Output")));
  }

  function render() {
    const ws = [...ctx.state.workloads.values()];
    if (!ws.length) {
      replace(summary);
      replace(grid, empty("No workloads yet.",
        el("span", {}, "Start the daemon with --workloads DIR, or ",
           el("a", { href: ctx.href("workloads") }, "add one"), ".")));
      return;
    }
    let biggest = null;
    for (const w of ws) if ((w.env_bytes || 0) > 0 && (!biggest || w.env_bytes > biggest.env_bytes)) biggest = w;
    const totalClosures = ws.reduce((a, w) => a + (w.closures || 0), 0);
    const running = ws.filter((w) => w.state === "running").length;
    replace(summary, `${ws.length} workload${ws.length === 1 ? "" : "s"} (${running} running), `,
            intEl(totalClosures), " live closures in all.");
    replace(grid, ws.map((w) => card(w, ws.length > 1 && w === biggest)));
  }

  // Live: update numbers in place (no re-render, so focus stays put).
  function update(name) {
    const w = ctx.state.workloads.get(name);
    const c = grid.querySelector(`article[data-workload="${CSS.escape(name)}"]`);
    if (!w || !c) return render();
    const set = (key, node) => {
      const dd = c.querySelector(`.stat[data-key="${key}"] dd`);
      if (dd) replace(dd, node);
    };
    set("heap_bytes", bytesEl(w.heap_bytes));
    set("closures", intEl(w.closures));
    set("env_bytes", bytesEl(w.env_bytes));
    set("collections", intEl(w.collections));
    set("max_pause", el("span", { class: "num", title: w.max_pause_s == null ? null : w.max_pause_s + " s",
                                  dataset: { value: w.max_pause_s == null ? "" : String(w.max_pause_s) } },
                        seconds(w.max_pause_s)));
    const badge = c.querySelector(".badge");
    if (badge.textContent !== w.state) return render();
  }

  // Each workload's top leak suspect (the first of /sites' suspects); re-renders when one
  // appears, changes or goes away.
  async function pollSuspects() {
    let changed = false;
    for (const name of [...ctx.state.workloads.keys()]) {
      let top = null;
      try {
        const data = await ctx.api.get(ctx.api.wl(name, "/sites"));
        top = data && data.suspects && data.suspects.length ? data.suspects[0] : null;
      } catch (_) { top = null; /* gone, or not allowed: no badge */ }
      if (disposed) return;
      const old = suspects.get(name);
      if ((old && old.site) !== (top && top.site)) changed = true;
      if (top) suspects.set(name, { site: top.site, qualname: top.qualname });
      else suspects.delete(name);
    }
    for (const name of [...suspects.keys()]) {
      if (!ctx.state.workloads.has(name)) { suspects.delete(name); changed = true; }
    }
    if (changed) render();
    pollTimer = setTimeout(pollSuspects, 3000);
  }

  render();
  pollSuspects();
  ctx.on((kind, data) => {
    if (kind === "stats") update(data.workload);
    else if (kind === "workloads") render();
  });
  return { dispose() { disposed = true; clearTimeout(pollTimer); } };
}
