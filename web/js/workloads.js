// workloads.js: add a workload (paste or upload, syntax errors shown at their line), pause/resume/restart/delete, output console.
"use strict";

import { el, replace, bytesEl, intEl, timeEl, absolute, empty } from "./fmt.js";

const NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
const OUTPUT_POLL_MS = 1000;

// The line and column of a syntax error in a problem body, or null.
function errorPosition(problem) {
  const p = problem || {};
  let line = Number(p.line ?? (p.error && p.error.line));
  let column = Number(p.column ?? (p.error && p.error.column));
  if (!line) {
    const m = /line (\d+)(?:, column (\d+))?/.exec(p.detail || "");
    if (m) { line = Number(m[1]); column = Number(m[2] || 0); }
  }
  return line ? { line, column: column || 0 } : null;
}

export default function workloads(root, ctx) {
  let disposed = false;
  const selected = ctx.workload;
  const listBox = el("div", { class: "wl-list" });
  const detailBox = el("section", { class: "panel wl-detail", "aria-label": "Selected workload" });

  // ---- add form ---------------------------------------------------------------------
  const nameIn = el("input", { id: "wl-name", name: "name", required: true, autocomplete: "off",
                               pattern: NAME_RE.source, placeholder: "my_workload",
                               "aria-describedby": "wl-name-help" });
  const tickIn = el("input", { id: "wl-tick", name: "tick_ms", type: "number", min: 1, step: 1,
                               placeholder: "100" });
  const limitIn = el("input", { id: "wl-limit", name: "heap_limit_mib", type: "number", min: 1, step: 1,
                                placeholder: "64" });
  const fileIn = el("input", { id: "wl-file", type: "file", accept: ".py,text/x-python,text/plain" });
  const srcIn = el("textarea", { id: "wl-source", name: "source", rows: 12, spellcheck: "false",
                                 required: true, placeholder: "def make_counter():\n    n = 0\n    ...",
                                 "aria-describedby": "wl-error" });
  const errBox = el("div", { id: "wl-error", class: "syntax-error", role: "alert", hidden: true });
  const submit = el("button", { type: "submit", class: "primary" }, "Add and start");
  const form = el("form", { class: "panel add-form", novalidate: true },
    el("h2", {}, "Add a workload"),
    el("div", { class: "row" },
      el("label", { for: "wl-name" }, "Name"), nameIn,
      el("small", { id: "wl-name-help", class: "muted" }, "Letters, digits, _ . - (up to 64)")),
    el("div", { class: "row two" },
      el("span", {}, el("label", { for: "wl-tick" }, "Tick every (ms)"), tickIn),
      el("span", {}, el("label", { for: "wl-limit" }, "Heap limit (MiB)"), limitIn)),
    el("div", { class: "row" }, el("label", { for: "wl-file" }, "Upload a .py file"), fileIn),
    el("div", { class: "row" }, el("label", { for: "wl-source" }, "…or paste its source"), srcIn),
    errBox,
    el("div", { class: "actions" }, submit));

  fileIn.addEventListener("change", async () => {
    const f = fileIn.files && fileIn.files[0];
    if (!f) return;
    srcIn.value = await f.text();
    if (!nameIn.value) nameIn.value = f.name.replace(/\.py$/i, "").replace(/[^A-Za-z0-9_.-]/g, "_");
    hideError();
  });
  srcIn.addEventListener("input", hideError);

  function hideError() { errBox.hidden = true; srcIn.removeAttribute("aria-invalid"); }

  function showError(message, pos) {
    errBox.hidden = false;
    srcIn.setAttribute("aria-invalid", "true");
    const lines = srcIn.value.split("\n");
    const parts = [el("p", { class: "error" }, message)];
    if (pos && pos.line >= 1 && pos.line <= lines.length) {
      const from = Math.max(1, pos.line - 2), to = Math.min(lines.length, pos.line + 2);
      const rows = [];
      for (let n = from; n <= to; n++) {
        rows.push(el("div", { class: "src-line" + (n === pos.line ? " bad" : ""), dataset: { line: String(n) } },
          el("span", { class: "ln" }, String(n)), el("code", {}, lines[n - 1] || " ")));
        if (n === pos.line && pos.column > 0)
          rows.push(el("div", { class: "src-line caret", "aria-hidden": "true" },
            el("span", { class: "ln" }, ""), el("code", {}, " ".repeat(pos.column - 1) + "^")));
      }
      parts.push(el("div", { class: "src-excerpt", "aria-label": `Source around line ${pos.line}` }, rows));
      // Put the caret on the offending line in the editor too.
      let offset = 0;
      for (let n = 1; n < pos.line; n++) offset += lines[n - 1].length + 1;
      const lineLen = lines[pos.line - 1].length;
      srcIn.setSelectionRange(offset, offset + lineLen);
      const lh = parseFloat(getComputedStyle(srcIn).lineHeight) || 18;
      srcIn.scrollTop = Math.max(0, (pos.line - 3) * lh);
    }
    replace(errBox, parts);
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    hideError();
    const name = nameIn.value.trim();
    if (!NAME_RE.test(name)) {
      showError("Give the workload a name: letters, digits, _ . - (not starting with . or -).");
      nameIn.focus();
      return;
    }
    if (!srcIn.value.trim()) {
      showError("Paste the source or choose a .py file.");
      srcIn.focus();
      return;
    }
    const body = { name, source: srcIn.value };
    if (tickIn.value) body.tick_ms = Math.round(Number(tickIn.value));
    if (limitIn.value) body.heap_limit_bytes = Math.round(Number(limitIn.value) * 1024 * 1024);
    submit.disabled = true;
    try {
      await ctx.api.post("/workloads", body);
      ctx.showNotice(`Workload “${name}” added.`, "ok");
      form.reset();
      await ctx.reloadWorkloads();
      ctx.go("workloads", name);
    } catch (err) {
      const pos = err.status === 400 ? errorPosition(err.problem) : null;
      const where = pos && !/line \d+/i.test(err.message) ? `Line ${pos.line}${pos.column ? ", column " + pos.column : ""}: ` : "";
      showError(where + err.message, pos);
      if (pos) srcIn.focus();
    } finally {
      submit.disabled = false;
    }
  });

  // ---- list ----------------------------------------------------------------------------
  function actions(w) {
    const b = (label, fn, extra = {}) => el("button", { type: "button", dataset: { action: label.toLowerCase() },
                                                        onclick: fn, ...extra }, label);
    return el("div", { class: "btns", role: "group", "aria-label": "Actions for " + w.name },
      w.state === "paused" ? b("Resume", () => act(w, "resume"))
                           : b("Pause", () => act(w, "pause"), { disabled: w.state !== "running" }),
      b("Restart", () => act(w, "restart")),
      b("Delete", () => remove(w), { class: "danger" }));
  }

  async function act(w, verb) {
    try {
      await ctx.api.post(ctx.api.wl(w.name, "/" + verb));
      ctx.showNotice(`${w.name}: ${verb} done.`, "ok");
    } catch (err) {
      ctx.showNotice(`${w.name}: ${verb} failed: ${err.message}`);
    }
    await ctx.reloadWorkloads();
    if (!disposed) {
      const btn = listBox.querySelector(`tr[data-workload="${CSS.escape(w.name)}"] button`);
      if (btn) btn.focus();
    }
  }

  async function remove(w) {
    if (!window.confirm(`Delete workload “${w.name}”? Its runtime and output are discarded.`)) return;
    try {
      await ctx.api.del(ctx.api.wl(w.name));
      ctx.showNotice(`Workload “${w.name}” deleted.`, "ok");
    } catch (err) {
      ctx.showNotice(`Deleting ${w.name} failed: ${err.message}`);
    }
    await ctx.reloadWorkloads();
    if (selected === w.name) ctx.go("workloads");
  }

  function renderList() {
    const ws = [...ctx.state.workloads.values()];
    if (!ws.length) {
      replace(listBox, empty("No workloads yet.", "Add one with the form."));
      return;
    }
    const focused = listBox.contains(document.activeElement) ?
      [document.activeElement.closest("tr")?.dataset.workload, document.activeElement.dataset.action] : null;
    replace(listBox, el("div", { class: "table-wrap" }, el("table", { class: "data wl-table" },
      el("caption", { class: "sr-only" }, "Workloads"),
      el("thead", {}, el("tr", {}, ["Name", "State", "Heap", "Ticks", "Started", "Actions"].map((t, i) =>
        el("th", { scope: "col", class: i === 2 || i === 3 ? "num" : null }, t)))),
      el("tbody", {}, ws.map((w) => el("tr", { dataset: { workload: w.name },
                                               class: w.name === selected ? "selected" : null },
        el("th", { scope: "row" }, el("a", { href: ctx.href("workloads", w.name) }, w.name)),
        el("td", {}, el("span", { class: "badge " + w.state }, w.state)),
        el("td", { class: "num" }, bytesEl(w.heap_bytes)),
        el("td", { class: "num" }, intEl(w.ticks_total)),
        el("td", {}, timeEl(w.started || w.created)),
        el("td", {}, actions(w))))))));
    if (focused && focused[0]) {
      const b = listBox.querySelector(`tr[data-workload="${CSS.escape(focused[0])}"] button[data-action="${focused[1]}"]`) ||
                listBox.querySelector(`tr[data-workload="${CSS.escape(focused[0])}"] button`);
      if (b) b.focus();
    }
  }

  // ---- detail: error and output console ----------------------------------------------
  const consoleEl = el("pre", { class: "console", id: "output-console", tabindex: "0",
                                "aria-label": "Output", "aria-live": "off" });
  let lastSeq = 0;
  let outTimer = null;
  let lineCount = 0;

  async function loadDetail() {
    if (!selected) {
      replace(detailBox, empty("Select a workload", "to see its output and errors."));
      return;
    }
    let w;
    try {
      w = ctx.model.workload(await ctx.api.get(ctx.api.wl(selected)));
    } catch (err) {
      replace(detailBox, el("p", { class: "error" }, err.status === 404 ?
        `No workload named “${selected}”.` : "Could not load the workload: " + err.message));
      return;
    }
    if (disposed) return;
    replace(detailBox,
      el("h2", {}, "Workload ", el("span", { class: "mono" }, w.name), " ",
         el("span", { class: "badge " + w.state, id: "detail-state" }, w.state)),
      el("dl", { class: "kv two" },
        el("dt", {}, "File"), el("dd", { class: "mono" }, w.filename || "–"),
        el("dt", {}, "Tick"), el("dd", {}, w.has_tick === false ? "no tick()" : (w.tick_ms ?? "–") + " ms"),
        el("dt", {}, "Heap limit"), el("dd", {}, bytesEl(w.heap_limit_bytes)),
        el("dt", {}, "Created"), el("dd", {}, timeEl(w.created), " ", el("span", { class: "muted" },
                                                                     w.created ? "(" + absolute(w.created) + ")" : "")),
        el("dt", {}, "Restarts"), el("dd", {}, intEl(w.restarts)),
        el("dt", {}, "Errors"), el("dd", {}, intEl(w.errors_total))),
      w.error ? el("div", { class: "failure" },
        el("h3", {}, "Error"),
        el("pre", { class: "traceback" }, w.error.traceback ||
           `${w.error.type || "Error"}: ${w.error.message || ""} ` +
           `(${w.error.file ? w.error.file + ", " : ""}line ${w.error.line})`)) : null,
      el("h3", {}, "Output"),
      consoleEl);
  }

  function appendLines(lines) {
    if (!lines.length) return;
    const atBottom = consoleEl.scrollTop + consoleEl.clientHeight >= consoleEl.scrollHeight - 4;
    if (lineCount === 0) consoleEl.replaceChildren();
    for (const l of lines) {
      if (l.seq !== null && l.seq <= lastSeq) continue;
      consoleEl.append(el("span", { class: "out-line", dataset: { seq: String(l.seq) },
                                    title: l.time ? absolute(l.time) : null }, l.text + "\n"));
      lastSeq = l.seq ?? lastSeq;
      lineCount++;
    }
    while (consoleEl.childNodes.length > 1000) consoleEl.firstChild.remove();
    if (atBottom) consoleEl.scrollTop = consoleEl.scrollHeight;
  }

  async function pollOutput() {
    if (!selected || disposed) return;
    try {
      const data = await ctx.api.get(ctx.api.wl(selected, "/output?since=" + lastSeq));
      if (disposed) return;
      appendLines(ctx.api.list(data, "lines", "output", "items").map(ctx.model.outputLine));
      if (lineCount === 0) replace(consoleEl, el("span", { class: "muted" }, "No output yet."));
    } catch (err) {
      if (err.status === 404) return;
    }
    if (!disposed) outTimer = setTimeout(pollOutput, OUTPUT_POLL_MS);
  }

  replace(root, el("h1", {}, "Workloads"),
    el("div", { class: "wl-grid" }, el("div", {}, listBox, detailBox), form));
  renderList();
  loadDetail().then(pollOutput);

  ctx.on((kind, data) => {
    if (kind === "workloads") renderList();
    if (kind === "workload" && selected && data && data.workload === selected && data.change !== "removed") loadDetail();
  });
  return { dispose() { disposed = true; clearTimeout(outTimer); } };
}
