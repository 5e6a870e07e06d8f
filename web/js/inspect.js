// inspect.js: the inspector's shared pieces: capture-hint badges with their explanations, a why-alive path as steps.
"use strict";

import { el, bytesEl } from "./fmt.js";

// What each capture hint means, in one line a Python programmer can act on.
export const HINTS = {
  late_binding: {
    label: "late binding",
    text: "Closures made in one loop share this loop variable's cell, so every one sees its last value; " +
          "bind it per iteration (a default argument x=x, or a factory function).",
  },
  self_cycle: {
    label: "self cycle",
    text: "This closure captures itself, so reference counting can never free it: only the cycle collector can.",
  },
  large_capture: {
    label: "large capture",
    text: "It keeps a whole large container alive but only uses its length or one element: capture just that value.",
  },
};

// A hint's label and explanation (unknown hints are shown by name).
export function hintInfo(hint) {
  return HINTS[hint] || { label: String(hint).replace(/_/g, " "), text: "" };
}

// <ul> of badges, each with its explanation beside it (not only on hover: readable on phones).
export function hintBadges(hints) {
  return el("ul", { class: "hint-list" }, hints.map((h) => {
    const info = hintInfo(h.hint);
    return el("li", { dataset: { hint: h.hint } },
      el("span", { class: "badge hint " + h.hint }, info.label),
      " ", el("span", { class: "hint-text" },
        h.variable ? el("code", {}, h.variable) : null, h.variable ? ": " : null,
        h.detail || info.text));
  }));
}

// A compact badge row (labels only, explanations on hover) for table cells.
export function hintChips(hints) {
  if (!hints || !hints.length) return null;
  return el("span", { class: "chips" }, hints.map((h) => {
    const info = hintInfo(h.hint);
    return el("span", { class: "badge hint " + h.hint, title: info.text, dataset: { hint: h.hint } }, info.label);
  }));
}

// How an edge reads in a step: "['handlers']", "[17]", "captured 'buffer'", ".__defaults__".
function edgeText(st) {
  const l = st.edge_label;
  if (l === null || l === undefined || l === "") return null;
  switch (st.edge_kind) {
    case "element": case "hidden": return "[" + l + "]";
    case "property": return "['" + l + "']";
    case "context": return "captured '" + l + "'";
    case "internal": case "weak": return "." + l;
    default: return String(l);
  }
}

// The why-alive path: the one-line rendering, then one list item per step (root first).
// closureHref(id) links closure steps to their detail.
export function pathView(path, closureHref) {
  if (!path) return null;
  const parts = [];
  if (path.unreachable)
    parts.push(el("p", { class: "warn" }, "Reachable from no root: garbage waiting for the cycle collector."));
  if (path.text) parts.push(el("p", { class: "path-text mono" }, path.text));
  let steps;
  if (path.steps.length) {
    steps = path.steps.map((st) => {
      const via = edgeText(st);
      const site = st.site && st.site !== "null:null" ? st.site : null;
      const what = st.text || st.name || st.type || "?";
      const desc = [st.type && !String(what).startsWith(st.type) ? st.type : null, site].filter(Boolean).join(", ");
      const label = st.closure && st.id !== null && closureHref
        ? el("a", { href: closureHref(st.id) }, what) : el("span", { class: "what" }, what);
      return el("li", { class: "step", dataset: { id: st.id === null ? "" : String(st.id), type: st.type || "" } },
        via ? el("span", { class: "via mono" }, via) : null,
        el("span", { class: "node mono" }, label, desc ? el("span", { class: "muted" }, " (" + desc + ")") : null),
        st.retained_bytes !== null ? el("span", { class: "muted small" }, " retains ", bytesEl(st.retained_bytes)) : null);
    });
  } else if (path.text) {
    steps = path.text.split(/\s+→\s+/).map((t) => el("li", { class: "step" }, el("span", { class: "node mono" }, t)));
  } else {
    steps = [];
  }
  if (steps.length) parts.push(el("ol", { class: "path", "aria-label": "Path from a root, root first" }, steps));
  if (!parts.length) parts.push(el("p", { class: "muted" }, "No path: the object is gone."));
  return el("div", { class: "path-view" }, parts);
}
