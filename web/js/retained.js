// retained.js: an icicle of retained bytes down the heap's dominator tree (the roots, what they hold, the closures, their cells and what those capture); a click shows why that object is alive.
"use strict";

import { el, replace, bytes, bytesEl, empty } from "./fmt.js";
import { pathView } from "./inspect.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 30;        // px per tree level
const MIN_LABEL = 46;  // px a cell needs to carry a label

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// The colour class of a node: closures, the cells under them and what they capture stand out.
function tone(n, underClosure) {
  if (n.closure) return "closure";
  if (n.synthetic) return "root";
  if (underClosure) return n.type === "cell" ? "cell" : "captured";
  return "other";
}

function label(n) {
  if (n.closure) return n.name + (n.site ? " (" + n.site + ")" : "");
  if (n.synthetic) return n.name;
  return n.name && n.name !== n.type ? n.name : n.type;
}

// Lays the tree out: [{node, depth, x0, x1, tone}] in px for a width w, children left to right,
// biggest first, then one "others" cell for the children the answer did not list.
export function layout(tree, w) {
  const out = [];
  const total = Number(tree.retained_size) || 1;
  (function walk(n, depth, x0, underClosure) {
    const x1 = x0 + w * Number(n.retained_size) / total;
    out.push({ node: n, depth, x0, x1, tone: tone(n, underClosure) });
    let x = x0;
    for (const c of n.children || []) {
      walk(c, depth + 1, x, underClosure || !!n.closure);
      x += w * Number(c.retained_size) / total;
    }
    const rest = n.others ? Number(n.others.retained_size) : 0;
    if (rest > 0 && n.children && n.children.length) {
      const more = { id: null, rest: true, type: "others", name: `${n.others.count} more`, retained_size: rest,
                     self_size: 0, children: [] };
      out.push({ node: more, depth: depth + 1, x0: x, x1: x + w * rest / total, tone: "others" });
    }
  })(tree, 0, 0, false);
  return out;
}

export default function retained(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Retained"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const note = el("p", { class: "muted", "aria-live": "polite" }, "Analysing the heap…");
  const chart = el("div", { class: "icicle panel" });
  const crumbs = el("nav", { class: "crumbs", "aria-label": "Focused subtree" });
  const detail = el("section", { class: "icicle-detail panel", "aria-labelledby": "icicle-detail-h" },
    el("h2", { id: "icicle-detail-h" }, "Why alive"), el("p", { class: "muted" }, "Click a cell to see what keeps it alive."));
  replace(root,
    el("h1", {}, "Retained ", el("span", { class: "sub" }, name)),
    el("p", { class: "lede" }, "Each cell is an object sized by the bytes it retains (freed if it were): the roots on top, then what they alone keep alive, down through closures to what they capture."),
    el("p", { class: "legend small" },
      el("span", { class: "swatch closure" }), " closure ", el("span", { class: "swatch cell" }), " its cell ",
      el("span", { class: "swatch captured" }), " captured ", el("span", { class: "swatch other" }), " other ",
      el("span", { class: "swatch root" }), " root"),
    note, crumbs, chart, detail);
  let data = null, focus = [], disposed = false, selected = null;

  async function showPath(n) {
    selected = n.id;
    draw();
    const h = el("h2", { id: "icicle-detail-h" }, "Why alive: ", el("span", { class: "mono" }, label(n)));
    const facts = el("p", {}, n.type, n.site ? [" defined at ", el("code", {}, n.site)] : null, " · retains ",
                     bytesEl(n.retained_size), " · itself ", bytesEl(n.self_size));
    if (n.id === null) {
      replace(detail, h, facts, el("p", { class: "muted" }, "A root: nothing needs to keep it alive."));
      return;
    }
    replace(detail, h, facts, el("p", { class: "muted" }, "Loading…"));
    try {
      const r = await ctx.api.get(ctx.api.wl(name, "/objects/" + n.id + "/path"));
      if (disposed || selected !== n.id) return;
      replace(detail, h, facts, pathView(ctx.model.path(r.path), (id) => ctx.href("closures", name, String(id))),
              n.closure ? el("p", {}, el("a", { href: ctx.href("closures", name, String(n.id)) }, "This closure's captures")) : null);
    } catch (err) {
      if (!disposed) replace(detail, h, facts, el("p", { class: "error" }, "No path: " + err.message));
    }
  }

  function draw() {
    if (!data) return;
    const top = focus.length ? focus[focus.length - 1] : data.tree;
    const w = Math.max(320, chart.clientWidth - 2 || 900);
    const cells = layout(top, w);
    const depth = Math.max(...cells.map((c) => c.depth)) + 1;
    const s = svg("svg", { width: w, height: depth * ROW, viewBox: `0 0 ${w} ${depth * ROW}`, role: "img",
                           "aria-label": `Icicle of ${bytes(top.retained_size)} retained by ${label(top)}` });
    for (const c of cells) {
      const width = c.x1 - c.x0;
      if (width < 1) continue;
      const n = c.node;
      const g = svg("g", { class: "ic t-" + c.tone + (selected !== null && n.id === selected ? " selected" : ""),
                           "data-id": n.id === null ? "" : n.id, "data-type": n.type, "data-closure": n.closure ? "1" : "0",
                           tabindex: n.rest ? null : 0, role: n.rest ? null : "button",
                           "aria-label": `${label(n)}: ${bytes(n.retained_size)}` },
        svg("title", {}, `${label(n)}\n${n.type} · retains ${bytes(n.retained_size)} · self ${bytes(n.self_size)}`),
        svg("rect", { x: c.x0 + 0.5, y: c.depth * ROW + 0.5, width: Math.max(0.5, width - 1), height: ROW - 2, rx: 3 }),
        width >= MIN_LABEL ? svg("text", { x: c.x0 + 5, y: c.depth * ROW + 19 },
          fit(label(n) + " · " + bytes(n.retained_size), width - 10)) : null);
      if (n.rest) { s.append(g); continue; }
      g.addEventListener("click", () => showPath(n));
      g.addEventListener("dblclick", () => { if (n.children && n.children.length) { focus.push(n); draw(); } });
      g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showPath(n); } });
      s.append(g);
    }
    replace(chart, s);
    replace(crumbs, [data.tree, ...focus].map((n, i, all) => [i ? " › " : "",
      i === all.length - 1 ? el("strong", {}, label(n))
        : el("button", { type: "button", class: "link", onclick: () => { focus = focus.slice(0, i); draw(); } }, label(n))]),
      el("span", { class: "muted small" }, "  (double-click a cell to focus on it)"));
  }

  // Cuts text to about the px it may take (monospace-free estimate: 6.5 px a character).
  function fit(text, px) {
    const max = Math.floor(px / 6.5);
    return text.length <= max ? text : text.slice(0, Math.max(1, max - 1)) + "…";
  }

  async function load() {
    try {
      const r = await ctx.api.get(ctx.api.wl(name, "/dominators?depth=10&limit=30"));
      if (disposed) return;
      data = r;
      replace(note, bytesEl(r.total_bytes), ` reachable from the roots; ${r.nodes} biggest retainers shown (each at least `,
              bytes(r.min_bytes), ").");
      draw();
    } catch (err) {
      if (!disposed) replace(note, el("span", { class: "error" }, "Could not analyse the heap: " + err.message));
    }
  }
  load();
  const onResize = () => draw();
  window.addEventListener("resize", onResize);
  return { dispose() { disposed = true; window.removeEventListener("resize", onResize); } };
}
