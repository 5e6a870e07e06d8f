// app.js: the dashboard's entry: shared state, the event stream, hash routing (#/view/workload/...) and view switching.
"use strict";

import * as api from "./js/api.js";
import * as model from "./js/model.js";
import { el, replace, refreshTimes } from "./js/fmt.js";
import overview from "./js/overview.js";
import charts from "./js/charts.js";
import closures from "./js/closures.js";
import sites from "./js/sites.js";
import source from "./js/source.js";
import retained from "./js/retained.js";
import snapshots from "./js/snapshots.js";
import collector from "./js/collector.js";
import workloads from "./js/workloads.js";

const VIEWS = { overview, charts, closures, sites, source, retained, snapshots, collector, workloads };
const SERIES_SECONDS = 600;

// Shared state every view reads; views subscribe to changes through ctx.on().
const state = {
  workloads: new Map(),   // name -> model.workload
  latest: new Map(),      // name -> newest model.sample
  series: new Map(),      // name -> [model.sample] (oldest first, last 10 minutes)
  selected: null,
  status: null,
  connected: false,
};

const listeners = new Set();

function emit(kind, data) {
  for (const fn of [...listeners]) {
    try { fn(kind, data); } catch (err) { showNotice("The view failed to update: " + err.message); }
  }
}

const viewEl = document.getElementById("view");
const noticeEl = document.getElementById("notice");
const selectEl = document.getElementById("workload-select");
const connEl = document.getElementById("conn");

let noticeTimer = null;
// Shows a message in the page's alert bar (errors the user should see).
function showNotice(text, kind = "error") {
  noticeEl.hidden = false;
  noticeEl.className = "notice " + kind;
  replace(noticeEl, el("span", {}, text),
          el("button", { type: "button", class: "link", "aria-label": "Dismiss",
                         onclick: () => { noticeEl.hidden = true; } }, "×"));
  clearTimeout(noticeTimer);
  if (kind !== "error") noticeTimer = setTimeout(() => { noticeEl.hidden = true; }, 4000);
}

async function loadWorkloads() {
  const data = await api.get("/workloads");
  const seen = new Set();
  for (const raw of api.list(data, "workloads", "items")) {
    const w = model.workload(raw);
    seen.add(w.name);
    state.workloads.set(w.name, w);
  }
  for (const name of [...state.workloads.keys()]) {
    if (!seen.has(name)) {
      state.workloads.delete(name);
      state.latest.delete(name);
      state.series.delete(name);
    }
  }
  renderPicker();
  emit("workloads");
  loadGcSummaries();
}

// Collections and the longest pause of the workloads whose JSON lacks them (daemons
// before `collections`/`longest_pause_seconds`): one /gc call each.
async function loadGcSummaries() {
  const missing = [...state.workloads.values()].filter((w) => !w.has_gc_summary).map((w) => w.name);
  await Promise.all(missing.map(async (name) => {
    try {
      const g = model.gcSummary(await api.get(api.wl(name, "/gc")));
      const w = state.workloads.get(name);
      if (!w) return;
      w.collections = g.collections;
      w.max_pause_s = g.max_pause_s;
      emit("stats", { workload: name });
    } catch (_) { /* gone meanwhile */ }
  }));
}

// The series of name, fetched once, then extended by `stats` events.
async function loadSeries(name) {
  if (state.series.has(name)) return state.series.get(name);
  const data = await api.get(api.wl(name, "/series"));
  const arr = api.list(data, "samples", "series", "points").map(model.sample);
  const have = state.series.get(name);  // events may have arrived meanwhile
  if (have && have.length) {
    const last = arr.length ? arr[arr.length - 1].time : -Infinity;
    for (const s of have) if (s.time > last) arr.push(s);
  }
  state.series.set(name, arr);
  return arr;
}

function renderPicker() {
  const names = [...state.workloads.keys()];
  if (state.selected && !state.workloads.has(state.selected)) state.selected = null;
  if (!state.selected && names.length) state.selected = names[0];
  const opts = names.length ? names.map((n) => el("option", { value: n }, n))
                            : [el("option", { value: "" }, "(no workloads)")];
  const current = [...selectEl.options].map((o) => o.value).join("\n");
  if (current !== (names.length ? names.join("\n") : "")) replace(selectEl, opts);
  selectEl.value = state.selected || "";
}

selectEl.addEventListener("change", () => {
  const r = parseHash();
  r.workload = selectEl.value || null;
  r.rest = [];
  navigate(r);
});

// "#/closures/seed_multiplier/12" -> {view, workload, rest}.
function parseHash() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const view = VIEWS[parts[0]] ? parts[0] : "overview";
  return { view, workload: parts[1] || null, rest: parts.slice(2) };
}

// The hash for a route; the workload defaults to the selected one.
export function href(view, workload, ...rest) {
  const parts = [view];
  if (workload) parts.push(workload, ...rest);
  return "#/" + parts.map(encodeURIComponent).join("/");
}

function navigate(r) {
  const h = href(r.view, r.workload, ...(r.rest || []));
  if (location.hash === h) route();
  else location.hash = h;
}

let current = null;      // {name, dispose}
let currentKey = "";

function route() {
  const r = parseHash();
  if (r.workload && state.workloads.has(r.workload)) state.selected = r.workload;
  else if (r.workload && state.workloads.size && !state.workloads.has(r.workload)) {
    showNotice(`No workload named “${r.workload}”.`);
    r.workload = null;
  }
  renderPicker();
  const key = r.view + "/" + (r.workload || state.selected || "") + "/" + r.rest.join("/");
  for (const a of document.querySelectorAll("nav.views a")) {
    const v = a.dataset.view;
    a.href = href(v, v === "overview" ? null : state.selected);
    if (v === r.view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (key === currentKey && current) return;
  if (current && current.dispose) current.dispose();
  listeners.clear();
  currentKey = key;
  const container = el("div", { class: "view view-" + r.view, dataset: { route: location.hash || "#/" } });
  replace(viewEl, container);
  document.title = r.view[0].toUpperCase() + r.view.slice(1) + " · closured";
  const ctx = {
    state, api, model, href, showNotice, loadSeries, reloadWorkloads: loadWorkloads,
    workload: r.workload || state.selected,
    rest: r.rest,
    on(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    go(view, workload, ...rest) { navigate({ view, workload, rest }); },
  };
  try {
    current = VIEWS[r.view](container, ctx) || {};
  } catch (err) {
    current = null;
    replace(container, el("p", { class: "error" }, "This view failed: " + err.message));
  }
}

function setConnected(on) {
  state.connected = on;
  connEl.textContent = on ? "live" : "reconnecting…";
  connEl.className = "conn " + (on ? "on" : "off");
}

function onStats(raw) {
  const s = model.sample(raw);
  if (!s.workload) return;
  state.latest.set(s.workload, s);
  const w = state.workloads.get(s.workload);
  if (w) {
    for (const k of ["heap_bytes", "heap_objects", "closures", "env_bytes", "env_shallow_bytes"])
      if (s[k] !== null) w[k] = s[k];
    if (s.state) w.state = s.state;
    const total = s.collections_total.reduce((a, b) => a + b, 0);
    w.collections = Math.max(w.collections || 0, total);
    if (s.max_pause_s !== null) w.max_pause_s = Math.max(w.max_pause_s || 0, s.max_pause_s);
  }
  const arr = state.series.get(s.workload);
  if (arr) {
    if (!arr.length || s.time > arr[arr.length - 1].time) arr.push(s);
    const cutoff = s.time - SERIES_SECONDS;
    while (arr.length && arr[0].time < cutoff) arr.shift();
  }
  emit("stats", s);
}

let reloadTimer = null;
function reloadSoon() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => loadWorkloads().catch(() => {}), 150);
}

function onWorkloadEvent(raw) {
  const w = raw && (raw.workload && typeof raw.workload === "object" ? raw.workload : raw);
  const name = w && (w.name || (typeof raw.workload === "string" ? raw.workload : null));
  const change = raw && (raw.change || raw.event || raw.kind);
  if (name && state.workloads.has(name) && w.state && change !== "removed") {
    state.workloads.get(name).state = w.state;
  }
  emit("workload", raw);
  reloadSoon();
}

async function loadStatus() {
  try {
    state.status = await api.get("/status");
    const s = state.status || {};
    const info = document.getElementById("daemon-info");
    info.textContent = ["closured", s.version, s.pid ? "pid " + s.pid : null].filter(Boolean).join(" · ");
  } catch (_) { /* the footer stays empty */ }
}

async function start() {
  setConnected(false);
  try {
    await loadWorkloads();
  } catch (err) {
    showNotice("Cannot reach the API: " + err.message);
  }
  loadStatus();
  api.events({
    state: setConnected,
    stats: onStats,
    gc: (raw) => emit("gc", model.gcEvent(raw)),
    workload: onWorkloadEvent,
    output: (raw) => emit("output", raw),
  });
  window.addEventListener("hashchange", route);
  route();
  setInterval(() => refreshTimes(viewEl), 1000);
  setInterval(reloadSoon, 10000);
}

start();
