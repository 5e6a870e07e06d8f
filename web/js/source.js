// source.js: a definition site in its code: the workload's source around the line, the names its closures capture highlighted, and each site's live closures and retained bytes beside its line.
"use strict";

import { el, replace, bytesEl, bytes, int, intEl, empty } from "./fmt.js";
import { hintChips } from "./inspect.js";

const BEFORE = 6;   // lines shown above the definition
const AFTER = 14;   // and below it

// Splits one line of Python into [{text, kind}] with kind "code", "string" or "comment", so
// names are only highlighted where they are code.
export function segments(line) {
  const out = [];
  let i = 0, start = 0;
  const flush = (end, kind) => { if (end > start) out.push({ text: line.slice(start, end), kind }); start = end; };
  while (i < line.length) {
    const c = line[i];
    if (c === "#") { flush(i, "code"); flush(line.length, "comment"); return out; }
    if (c === "'" || c === '"') {
      flush(i, "code");
      const triple = line.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < line.length && !line.startsWith(quote, j)) j += line[j] === "\\" ? 2 : 1;
      i = Math.min(line.length, j + quote.length);
      flush(i, "string");
      continue;
    }
    i++;
  }
  flush(line.length, "code");
  return out;
}

// The line's nodes: captured names in <mark class="captured">, strings and comments muted.
function lineNodes(line, captured) {
  const nodes = [];
  for (const seg of segments(line)) {
    if (seg.kind !== "code" || !captured.size) {
      nodes.push(seg.kind === "code" ? seg.text : el("span", { class: "tok-" + seg.kind }, seg.text));
      continue;
    }
    let last = 0;
    for (const m of seg.text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
      if (!captured.has(m[0])) continue;
      nodes.push(seg.text.slice(last, m.index),
                 el("mark", { class: "captured", title: "captured by the closures defined here" }, m[0]));
      last = m.index + m[0].length;
    }
    nodes.push(seg.text.slice(last));
  }
  return nodes;
}

export default function source(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Source"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const wanted = ctx.rest[0] || null;   // "FILE:LINE", or the site retaining the most
  const note = el("p", { class: "muted", "aria-live": "polite" }, "Loading…");
  const picker = el("nav", { class: "site-picker panel", "aria-label": "Definition sites" });
  const code = el("div", { class: "source-pane" });
  replace(root,
    el("h1", {}, "Source ", el("span", { class: "sub" }, name)),
    el("p", { class: "lede" }, "Where the closures are defined: the names they capture are highlighted, and each definition line shows its live closures and the bytes they retain."),
    note,
    el("div", { class: "source-layout" }, picker, code));
  let disposed = false, timer = null;

  function render(w, sites, captured, site) {
    // the site's own file (a module of a workload of several files), else the main script
    const files = w.files || {};
    const text = Object.prototype.hasOwnProperty.call(files, site.filename) ? files[site.filename] : w.source;
    const lines = (text || "").split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    const byLine = new Map(sites.filter((s) => s.filename === site.filename).map((s) => [s.line, s]));
    const first = Math.max(1, site.line - BEFORE), last = Math.min(lines.length, site.line + AFTER);
    replace(note, el("span", {}, el("code", {}, site.site), " · ", intEl(site.count), " live closure",
                     site.count === 1 ? "" : "s", " · ", bytesEl(site.retained_bytes), " retained"));
    replace(picker, el("h2", {}, "Sites"), el("ol", { class: "site-list" }, sites.map((s) =>
      el("li", { class: s.site === site.site ? "current" : null },
        el("a", { href: ctx.href("source", name, s.site), "aria-current": s.site === site.site ? "true" : null },
          el("span", { class: "mono" }, s.site), s.suspect ? el("span", { class: "badge leak" }, "growing") : null,
          el("span", { class: "muted small" }, " ", int(s.count), " · ", bytes(s.retained_bytes)))))));
    const rows = [];
    for (let n = first; n <= last; n++) {
      const s = byLine.get(n);
      const isDef = n === site.line;
      rows.push(el("tr", { class: [isDef ? "def" : null, s ? "has-site" : null].filter(Boolean).join(" ") || null,
                           dataset: { line: String(n) } },
        el("td", { class: "ln mono", "aria-hidden": "true" }, String(n)),
        el("td", { class: "code mono" }, el("pre", {}, lineNodes(lines[n - 1] ?? "", captured))),
        el("td", { class: "site-stats" }, s ? el("a", { href: ctx.href("source", name, s.site), class: "stat-chip",
                                                       title: `${s.site}: live closures and retained bytes` },
          intEl(s.count), " closure", s.count === 1 ? "" : "s", " · ", bytesEl(s.retained_bytes),
          s.suspect ? el("span", { class: "badge leak" }, "growing") : null) : null)));
    }
    const head = el("div", { class: "source-head" },
      el("h2", {}, el("span", { class: "mono" }, site.site), " ", el("span", { class: "muted" }, (site.names || []).join(", "))),
      el("p", { class: "small source-file" }, "File: ", el("code", {}, site.filename || w.filename || "")),
      hintChips(site.hints),
      el("p", { class: "small" }, "Captured: ", captured.size
        ? [...captured].map((v, i) => [i ? ", " : "", el("code", { class: "captured-name" }, v)])
        : el("span", { class: "muted" }, "nothing (no live closure here now)"),
        site.top_var ? [" · most retained through ", el("code", {}, site.top_var.name), " (", bytesEl(site.top_var.retained_bytes), ")"] : null,
        " · ", el("a", { href: ctx.href("closures", name) }, "its closures")));
    replace(code, head, el("div", { class: "table-wrap" }, el("table", { class: "source", "aria-label": `${site.filename} lines ${first} to ${last}` },
      el("tbody", {}, rows))));
  }

  async function load() {
    try {
      const [wdata, sdata] = await Promise.all([ctx.api.get(ctx.api.wl(name)), ctx.api.get(ctx.api.wl(name, "/sites?sort=retained_bytes"))]);
      if (disposed) return;
      const sites = ctx.api.list(sdata, "sites").map(ctx.model.site);
      if (!sites.length) {
        replace(note);
        replace(code, empty("No live closures.", "Sites appear once the workload creates closures."));
        replace(picker);
      } else {
        const site = sites.find((s) => s.site === wanted) || sites[0];
        const cl = await ctx.api.get(ctx.api.wl(name, "/closures?retained=false&limit=500&site=" + encodeURIComponent(site.site)));
        if (disposed) return;
        const captured = new Set();
        for (const c of ctx.api.list(cl, "closures")) for (const v of c.free_vars || []) captured.add(v.name);
        render(wdata, sites, captured, site);
      }
    } catch (err) {
      if (!disposed) replace(note, el("span", { class: "error" }, "Could not load the source: " + err.message));
    }
    if (!disposed) timer = setTimeout(load, 5000);
  }
  load();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
