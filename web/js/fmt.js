// fmt.js: DOM building and the units the dashboard shows: sizes, durations, times.
"use strict";

// el("td", {class: "num", title: "x"}, child, "text", ...): a new element.
// Attributes starting with "on" are listeners; null/false attributes are skipped.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (v === true) e.setAttribute(k, "");
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(e, c);
    else e.append(c instanceof Node ? c : String(c));
  }
}

const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

// 1536 -> "1.5 KiB"; null -> "–".
export function bytes(n) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return "–";
  n = Number(n);
  let i = 0, v = Math.abs(n);
  while (v >= 1024 && i < UNITS.length - 1) { v /= 1024; i++; }
  const s = i === 0 ? String(v) : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return (n < 0 ? "-" : "") + s + " " + UNITS[i];
}

// 1234567 -> "1,234,567".
export function int(n) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return "–";
  return Number(n).toLocaleString("en-US");
}

// A size in human units, exact bytes on hover and in data-bytes (for tests).
export function bytesEl(n, tag = "span") {
  return el(tag, { class: "num bytes", title: n == null ? null : int(n) + " bytes",
                   dataset: { bytes: n == null ? "" : String(n) } }, bytes(n));
}

// A count, its exact value in data-value.
export function intEl(n, tag = "span") {
  return el(tag, { class: "num", dataset: { value: n == null ? "" : String(n) } }, int(n));
}

// Seconds -> "350 µs", "12.3 ms", "1.20 s".
export function seconds(s) {
  if (s === null || s === undefined || Number.isNaN(Number(s))) return "–";
  s = Number(s);
  if (s === 0) return "0 s";
  if (s < 1e-3) return (s * 1e6).toFixed(s < 1e-5 ? 1 : 0) + " µs";
  if (s < 1) return (s * 1e3).toFixed(s < 1e-2 ? 2 : 1) + " ms";
  if (s < 120) return s.toFixed(2) + " s";
  return duration(s);
}

// A span of seconds in words: "42 s", "3 min 5 s", "2 h 4 min", "3 d 1 h".
export function duration(s) {
  s = Math.max(0, Math.round(Number(s) || 0));
  if (s < 60) return s + " s";
  if (s < 3600) return Math.floor(s / 60) + " min" + (s % 60 ? " " + (s % 60) + " s" : "");
  if (s < 86400) return Math.floor(s / 3600) + " h" + (s % 3600 >= 60 ? " " + Math.floor((s % 3600) / 60) + " min" : "");
  return Math.floor(s / 86400) + " d" + (s % 86400 >= 3600 ? " " + Math.floor((s % 86400) / 3600) + " h" : "");
}

// Unix seconds -> "5 s ago" (or "in 5 s").
export function relative(unix, now = Date.now() / 1000) {
  const d = now - unix;
  if (Math.abs(d) < 1) return "just now";
  return d > 0 ? duration(d) + " ago" : "in " + duration(-d);
}

// Unix seconds -> "2024-05-01 12:34:56" (local time).
export function absolute(unix) {
  const t = new Date(unix * 1000);
  const p = (n) => String(n).padStart(2, "0");
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ` +
         `${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
}

// <time> with the relative form as text and the absolute one on hover; kept
// fresh by refreshTimes().
export function timeEl(unix) {
  if (unix === null || unix === undefined || !Number(unix)) return el("span", { class: "muted" }, "–");
  return el("time", { datetime: new Date(unix * 1000).toISOString(), title: absolute(unix),
                      dataset: { unix: String(unix) } }, relative(unix));
}

// Re-renders every <time data-unix> under root.
export function refreshTimes(root = document) {
  const now = Date.now() / 1000;
  for (const t of root.querySelectorAll("time[data-unix]")) {
    const s = relative(Number(t.dataset.unix), now);
    if (t.textContent !== s) t.textContent = s;
  }
}

// Replaces the children of node.
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

// A standard empty state: a title and an optional hint (string or node).
export function empty(title, hint) {
  return el("div", { class: "empty" }, el("p", { class: "empty-title" }, title),
            hint ? el("p", { class: "muted" }, hint) : null);
}
