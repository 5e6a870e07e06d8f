// charts.js: the last 10 minutes of one workload (heap and env bytes, closures, collections, pauses) with Chart.js, then live.
"use strict";

import { el, replace, bytes, int, seconds, absolute, duration, empty } from "./fmt.js";

const COLORS = ["#1f6fb2", "#d9822b", "#2e9e5b", "#b23a48", "#7a4fb5"];

// name, data of each dataset from samples, y formatter, chart type.
const CHARTS = [
  { id: "memory", title: "Heap and closure environments", fmt: bytes,
    sets: [["heap bytes", (s) => s.heap_bytes], ["env bytes", (s) => s.env_bytes],
           ["env shallow bytes", (s) => s.env_shallow_bytes]] },
  { id: "closures", title: "Live closures", fmt: int,
    sets: [["live closures", (s) => s.closures]] },
  { id: "collections", title: "Collections per second, by generation", fmt: int, type: "bar",
    sets: [0, 1, 2].map((g) => ["generation " + g, (s) => s.collections[g] || 0]) },
  { id: "pauses", title: "Longest collector pause per second", fmt: seconds,
    sets: [["pause", (s) => s.max_pause_s || 0]] },
];

export default function charts(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Charts"), empty("No workload selected.",
      el("span", {}, "Pick one above, or ", el("a", { href: ctx.href("workloads") }, "add one"), ".")));
    return {};
  }
  const Chart = window.Chart;
  const status = el("p", { class: "muted" }, "Loading the last 10 minutes…");
  const grid = el("div", { class: "charts" });
  replace(root, el("h1", {}, "Charts ", el("span", { class: "sub" }, name)), status, grid);
  if (!Chart) {
    replace(status, "The chart library is not embedded in this build (install libjs-chart.js and rebuild).");
    return {};
  }

  const instances = [];
  let samples = [];
  let disposed = false;

  function xTick(v) {
    const last = samples.length ? samples[samples.length - 1].time : Date.now() / 1000;
    const d = Math.round(last - v);
    if (d <= 0) return "now";
    return d >= 60 ? "-" + Math.round(d / 60) + " min" : "-" + d + " s";
  }

  function build() {
    for (const spec of CHARTS) {
      const canvas = el("canvas", { id: "chart-" + spec.id, role: "img",
                                    "aria-label": spec.title + " for " + name });
      const latest = el("p", { class: "latest muted", dataset: { chart: spec.id } });
      grid.append(el("section", { class: "chart panel" }, el("h2", {}, spec.title),
                     el("div", { class: "canvas-box" }, canvas), latest));
      const chart = new Chart(canvas, {
        type: spec.type || "line",
        data: { datasets: spec.sets.map(([label], i) => ({
          label, data: [], borderColor: COLORS[i], backgroundColor: COLORS[i] + (spec.type === "bar" ? "" : "33"),
          borderWidth: 2, pointRadius: 0, fill: false, tension: 0.15 })) },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
          normalized: true, interaction: { mode: "index", intersect: false },
          scales: {
            x: { type: "linear", stacked: spec.type === "bar",
                 ticks: { callback: xTick, maxTicksLimit: 7 } },
            y: { beginAtZero: true, stacked: spec.type === "bar",
                 ticks: { callback: (v) => spec.fmt(v), maxTicksLimit: 6 } },
          },
          plugins: {
            legend: { display: spec.sets.length > 1, position: "bottom" },
            tooltip: { callbacks: {
              title: (items) => items.length ? absolute(items[0].parsed.x) : "",
              label: (item) => item.dataset.label + ": " + spec.fmt(item.parsed.y) +
                (spec.fmt === bytes ? " (" + int(item.parsed.y) + " bytes)" : ""),
            } },
          },
        },
      });
      instances.push({ spec, chart, latest });
    }
  }

  function fill() {
    for (const { spec, chart, latest } of instances) {
      spec.sets.forEach(([, get], i) => {
        chart.data.datasets[i].data = samples.map((s) => ({ x: s.time, y: get(s) ?? 0 }));
      });
      if (samples.length) {
        const now = samples[samples.length - 1].time;
        chart.options.scales.x.min = Math.max(samples[0].time, now - 600);
        chart.options.scales.x.max = now;
      }
      chart.update("none");
      const s = samples[samples.length - 1];
      replace(latest, s ? spec.sets.map(([label, get]) => label + " " + spec.fmt(get(s) ?? 0)).join(" · ")
                        : "No samples yet.");
    }
  }

  build();
  ctx.loadSeries(name).then((arr) => {
    if (disposed) return;
    samples = arr;
    replace(status, arr.length ? `The last ${duration(arr[arr.length - 1].time - arr[0].time)} (up to 10 min), then live.`
                               : "No samples yet; they arrive once a second.");
    fill();
  }).catch((err) => {
    if (!disposed) replace(status, el("span", { class: "error" }, "Could not load the series: " + err.message));
  });

  ctx.on((kind, data) => {
    if (kind === "stats" && data.workload === name && ctx.state.series.has(name)) {
      samples = ctx.state.series.get(name);
      if (status.textContent.startsWith("No samples")) replace(status, "Live.");
      fill();
    }
  });

  return {
    dispose() {
      disposed = true;
      for (const { chart } of instances) chart.destroy();
    },
  };
}
