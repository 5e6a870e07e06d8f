// snapshots.js: heap marks of one workload: mark one, compare two (by site and by type: new, freed, deltas, biggest first), download a .heapsnapshot for Chrome DevTools.
"use strict";

import { el, replace, bytesEl, bytes, intEl, int, timeEl, absolute, duration, empty } from "./fmt.js";

const DIFF_LIMIT = 50;
const STATUS_LABEL = { new: "new", freed: "freed", changed: "changed", same: "same" };

// "+1,234" / "−12" / "0" with the exact value in data-value.
function deltaEl(v, fmt) {
  if (v === null || v === undefined) return el("span", { class: "muted" }, "–");
  const sign = v > 0 ? "+" : v < 0 ? "−" : "";
  return el("span", { class: "num delta " + (v > 0 ? "up" : v < 0 ? "down" : "zero"), dataset: { value: String(v) },
                      title: fmt === bytes ? int(v) + " bytes" : null }, sign + fmt(Math.abs(v)));
}

export default function snapshots(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Snapshots"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  let disposed = false;
  let marks = [];
  let diffSeq = 0;

  const fileName = name + ".heapsnapshot";
  const dlHref = "/api/v1" + ctx.api.wl(name, "/heap.heapsnapshot");
  const download = el("a", { href: dlHref, download: fileName, class: "button", id: "heapsnapshot-download",
                             "aria-describedby": "dl-help" }, "Download .heapsnapshot");
  download.addEventListener("click", async (e) => {
    // A link cannot send the bearer token: with one, fetch it and save the blob.
    const token = ctx.api.currentToken();
    if (!token) return;
    e.preventDefault();
    try {
      const res = await fetch(dlHref, { headers: { Authorization: "Bearer " + token }, cache: "no-store" });
      if (!res.ok) throw new Error("HTTP " + res.status);
      const url = URL.createObjectURL(await res.blob());
      const a = el("a", { href: url, download: fileName, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) {
      ctx.showNotice("The download failed: " + err.message);
    }
  });
  const markBtn = el("button", { type: "button", class: "primary", id: "mark-snapshot" }, "Mark snapshot");
  const status = el("p", { class: "muted", role: "status", "aria-live": "polite", id: "snapshot-status" });
  const listBox = el("div", { class: "snap-list" });
  const fromSel = el("select", { id: "diff-from", "aria-label": "Compare from snapshot" });
  const toSel = el("select", { id: "diff-to", "aria-label": "Compare to snapshot" });
  const compareBtn = el("button", { type: "button", id: "diff-run" }, "Compare");
  const hideSame = el("input", { type: "checkbox", id: "diff-hide-same", checked: true });
  const diffBox = el("section", { class: "diff", "aria-labelledby": "diff-h", "aria-live": "polite" });

  replace(root,
    el("h1", {}, "Snapshots ", el("span", { class: "sub" }, name)),
    el("p", { class: "lede" }, "Mark the heap now, mark it again later, and compare: what is new, what was freed, what grew."),
    el("div", { class: "snap-actions panel" },
      el("div", { class: "btn-row" }, markBtn, download),
      el("p", { class: "muted small", id: "dl-help" },
        "The download is the whole heap in V8's format: open it in Chrome DevTools › Memory › Load profile " +
        "for summary, retainers, dominators and comparisons."),
      status),
    el("h2", {}, "Marks"),
    listBox,
    el("form", { class: "filters diff-form", onsubmit: (e) => { e.preventDefault(); runDiff(); } },
      el("label", {}, "From ", fromSel),
      el("label", {}, "To ", toSel),
      el("label", { class: "check" }, hideSame, " Hide unchanged"),
      compareBtn),
    diffBox);

  replace(diffBox, el("h2", { id: "diff-h" }, "Comparison"),
          empty("Nothing compared yet.", "Mark a snapshot, let the workload run, then compare it with now or with a later mark."));

  markBtn.addEventListener("click", mark);
  hideSame.addEventListener("change", () => { if (lastDiff) renderDiff(lastDiff); });
  compareBtn.addEventListener("click", (e) => { e.preventDefault(); runDiff(); });

  function options() {
    const label = (m) => `#${m.id} · ${m.time ? absolute(m.time).slice(11) : "?"} · ${bytes(m.heap_bytes)}`;
    const keepFrom = fromSel.value, keepTo = toSel.value;
    replace(fromSel, marks.map((m) => el("option", { value: String(m.id) }, label(m))));
    replace(toSel, el("option", { value: "now" }, "now (the live heap)"),
            marks.map((m) => el("option", { value: String(m.id) }, label(m))));
    if (marks.some((m) => String(m.id) === keepFrom)) fromSel.value = keepFrom;
    if (keepTo === "now" || marks.some((m) => String(m.id) === keepTo)) toSel.value = keepTo;
    compareBtn.disabled = !marks.length;
    fromSel.disabled = toSel.disabled = !marks.length;
  }

  // The default comparison: the two newest marks, or the only one against now.
  function pickDefault() {
    if (marks.length >= 2) {
      fromSel.value = String(marks[marks.length - 2].id);
      toSel.value = String(marks[marks.length - 1].id);
    } else if (marks.length === 1) {
      fromSel.value = String(marks[0].id);
      toSel.value = "now";
    }
  }

  function renderList() {
    if (!marks.length) {
      replace(listBox, empty("No snapshots yet.", "“Mark snapshot” records live objects and bytes by site and by type."));
      options();
      return;
    }
    replace(listBox, el("div", { class: "table-wrap" }, el("table", { class: "data snap-table" },
      el("caption", { class: "sr-only" }, "Snapshots of " + name),
      el("thead", {}, el("tr", {}, ["Mark", "Taken", "Heap", "Objects", "Δ heap", ""].map((t, i) =>
        el("th", { scope: "col", class: i >= 2 && i <= 4 ? "num" : null }, t)))),
      el("tbody", {}, marks.map((m, i) => el("tr", { dataset: { id: String(m.id) } },
        el("th", { scope: "row", class: "mono" }, "#" + m.id),
        el("td", {}, timeEl(m.time)),
        el("td", { class: "num" }, bytesEl(m.heap_bytes)),
        el("td", { class: "num" }, intEl(m.heap_objects)),
        el("td", { class: "num" }, i ? deltaEl(m.heap_bytes - marks[i - 1].heap_bytes, bytes) : "–"),
        el("td", {}, el("button", { type: "button", class: "small-btn", dataset: { action: "compare-now" },
                                    "aria-label": `Compare mark ${m.id} with now`,
                                    onclick: () => { fromSel.value = String(m.id); toSel.value = "now"; runDiff(); } },
                        "vs now"))))))));
    options();
  }

  async function loadList() {
    try {
      const data = await ctx.api.get(ctx.api.wl(name, "/snapshots"));
      if (disposed) return;
      marks = ctx.api.list(data, "snapshots", "items").map(ctx.model.snapshot)
        .sort((a, b) => Number(a.id) - Number(b.id));
      renderList();
      if (!fromSel.value || !toSel.value) pickDefault();
    } catch (err) {
      if (!disposed) replace(listBox, el("p", { class: "error" }, "Could not load the snapshots: " + err.message));
    }
  }

  async function mark() {
    markBtn.disabled = true;
    replace(status, "Marking…");
    try {
      const s = ctx.model.snapshot(await ctx.api.post(ctx.api.wl(name, "/snapshots")));
      replace(status, `Snapshot #${s.id} marked: ${int(s.heap_objects)} objects, ${bytes(s.heap_bytes)}.`);
      await loadList();
      pickDefault();
      if (marks.length >= 2) await runDiff();
    } catch (err) {
      replace(status, el("span", { class: "error" }, "Marking failed: " + err.message));
    } finally {
      markBtn.disabled = false;
    }
  }

  let lastDiff = null;

  async function runDiff() {
    const a = fromSel.value, b = toSel.value;
    if (!a) return;
    const seq = ++diffSeq;
    replace(diffBox, el("h2", { id: "diff-h" }, "Comparison"), el("p", { class: "muted" }, "Comparing…"));
    try {
      const path = `/snapshots/${encodeURIComponent(a)}/diff/${encodeURIComponent(b || "now")}?limit=${DIFF_LIMIT}`;
      const d = ctx.model.diff(await ctx.api.get(ctx.api.wl(name, path)));
      if (disposed || seq !== diffSeq) return;
      d.fromLabel = "#" + a;
      d.toLabel = b === "now" ? "now" : "#" + b;
      lastDiff = d;
      renderDiff(d);
    } catch (err) {
      if (!disposed && seq === diffSeq)
        replace(diffBox, el("h2", { id: "diff-h" }, "Comparison"), el("p", { class: "error" }, "Could not compare: " + err.message));
    }
  }

  function diffTable(kind, rows) {
    const shown = hideSame.checked ? rows.filter((r) => r.kind !== "same" && (r.bytes_delta || r.count_delta)) : rows;
    const keyLabel = kind === "site" ? "Site" : "Type";
    if (!shown.length) return empty(rows.length ? "Nothing changed." : "No rows.");
    return el("div", { class: "table-wrap" }, el("table", { class: "data diff-table", dataset: { by: kind } },
      el("caption", { class: "sr-only" }, `Changes by ${kind}, biggest first`),
      el("thead", {}, el("tr", {}, [keyLabel, "Change", "Objects", "Δ objects", "Bytes", "Δ bytes"].map((t, i) =>
        el("th", { scope: "col", class: [i >= 2 ? "num" : null, i === 2 || i === 4 ? "wide-only" : null].filter(Boolean).join(" ") || null }, t)))),
      el("tbody", {}, shown.map((r) => el("tr", { dataset: { key: r.key, status: r.kind || "" } },
        el("th", { scope: "row", class: "mono" }, r.key),
        el("td", {}, el("span", { class: "badge diff-" + (r.kind || "changed") }, STATUS_LABEL[r.kind] || r.kind || "–")),
        el("td", { class: "num wide-only" }, intEl(r.count_b)),
        el("td", { class: "num", dataset: { col: "count_delta" } }, deltaEl(r.count_delta, int)),
        el("td", { class: "num wide-only" }, bytesEl(r.bytes_b)),
        el("td", { class: "num", dataset: { col: "bytes_delta" } }, deltaEl(r.bytes_delta, bytes)))))));
  }

  function renderDiff(d) {
    replace(diffBox,
      el("h2", { id: "diff-h" }, `Comparison ${d.fromLabel} → ${d.toLabel}`),
      el("p", { class: "diff-summary" },
        d.seconds !== null ? `Over ${duration(d.seconds)}: ` : "",
        "heap ", deltaEl(d.heap_bytes_delta, bytes), ", objects ", deltaEl(d.heap_objects_delta, int), "."),
      el("div", { class: "diff-grid" },
        el("section", { "aria-labelledby": "diff-site-h" }, el("h3", { id: "diff-site-h" }, "By allocation site"),
           diffTable("site", d.by_site)),
        el("section", { "aria-labelledby": "diff-type-h" }, el("h3", { id: "diff-type-h" }, "By type"),
           diffTable("type", d.by_type))));
  }

  renderList();
  loadList();
  return { dispose() { disposed = true; } };
}
