// closures.js: the closures explorer: live closures sortable and filterable; one closure's captured variables and site.
"use strict";

import { el, replace, bytesEl, int, empty } from "./fmt.js";
import { hintBadges, hintInfo, pathView } from "./inspect.js";

const LIMIT = 1000;
const ALL_COLUMNS = [
  { key: "name", label: "Name" },
  { key: "site", label: "Defined at" },
  { key: "captures", label: "Captures" },
  { key: "retained_bytes", label: "Retained", sort: "retained_bytes", num: true,
    title: "Bytes freed if this closure were freed (from the heap's dominator tree)" },
  { key: "env_bytes", label: "Env bytes", sort: "env_bytes", num: true },
  { key: "env_shallow_bytes", label: "Env shallow bytes", sort: "env_shallow_bytes", num: true, cls: "col-shallow" },
  { key: "age", label: "Age", sort: "age", num: true },
];

// The captured variables in one line: "n = 0, buffer = [1, 1, ...]".
function capturesText(c) {
  return c.vars.map((v) => v.name + " = " + (v.empty ? "<empty>" : shorten(v.repr ?? "?", 40))).join(", ");
}

function shorten(s, n) {
  s = String(s);
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

export default function closures(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Closures"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const view = { sort: "retained_bytes", desc: true, name: "", site: "", selected: ctx.rest[0] || null };
  // A daemon before issue 8 knows no retained bytes: the column goes, env bytes sort.
  let retained = true;
  let COLUMNS = ALL_COLUMNS;
  let rows = [];
  let total = null;
  let timer = null;
  let disposed = false;
  let varPath = null;    // {id, node}: a variable's path on show in the detail

  const nameInput = el("input", { type: "search", id: "filter-name", placeholder: "e.g. handle",
                                  autocomplete: "off" });
  const siteInput = el("input", { type: "search", id: "filter-site", placeholder: "e.g. leaky_handlers.py:10",
                                  autocomplete: "off", list: "site-list" });
  const siteList = el("datalist", { id: "site-list" });
  const auto = el("input", { type: "checkbox", id: "auto-refresh", checked: true });
  const count = el("p", { class: "muted", "aria-live": "polite" });
  const thead = el("thead");
  const tbody = el("tbody");
  const table = el("table", { class: "data closures-table" },
                   el("caption", { class: "sr-only" }, "Live closures of " + name), thead, tbody);
  const detail = el("aside", { class: "panel detail", "aria-label": "Selected closure" });

  replace(root,
    el("h1", {}, "Closures ", el("span", { class: "sub" }, name)),
    el("form", { class: "filters", role: "search", onsubmit: (e) => e.preventDefault() },
      el("label", {}, "Name ", nameInput),
      el("label", {}, "Site ", siteInput), siteList,
      el("label", { class: "check" }, auto, " Refresh every 5 s"),
      el("button", { type: "button", onclick: () => load() }, "Refresh now")),
    count,
    el("div", { class: "split" }, el("div", { class: "table-wrap" }, table), detail));

  nameInput.addEventListener("input", () => { view.name = nameInput.value.trim(); renderRows(); });
  siteInput.addEventListener("input", () => { view.site = siteInput.value.trim(); renderRows(); });
  auto.addEventListener("change", schedule);

  function renderHead() {
    replace(thead, el("tr", {}, COLUMNS.map((c) => {
      if (!c.sort) return el("th", { scope: "col", class: c.cls || null }, c.label);
      const active = view.sort === c.sort;
      return el("th", { scope: "col", class: [c.num ? "num" : null, c.cls].filter(Boolean).join(" ") || null, title: c.title || null,
                        "aria-sort": active ? (view.desc ? "descending" : "ascending") : "none" },
        el("button", { type: "button", class: "sort" + (active ? " active" : ""), dataset: { sort: c.sort },
                       onclick: () => {
                         if (view.sort === c.sort) view.desc = !view.desc;
                         else { view.sort = c.sort; view.desc = true; }
                         renderHead(); load();
                       } },
          c.label, el("span", { "aria-hidden": "true", class: "arrow" }, active ? (view.desc ? " ▼" : " ▲") : "")));
    })));
  }

  function sortKey(c) {
    if (view.sort === "age") return c.age_s ?? -(c.age_seq ?? 0);  // older = bigger age
    return c[view.sort] ?? 0;
  }

  function visible() {
    const n = view.name.toLowerCase(), s = view.site.toLowerCase();
    const out = rows.filter((c) =>
      (!n || (c.name || "").toLowerCase().includes(n) || (c.qualname || "").toLowerCase().includes(n)) &&
      (!s || c.site.toLowerCase().includes(s)));
    out.sort((a, b) => (sortKey(a) - sortKey(b)) * (view.desc ? -1 : 1) || String(a.id).localeCompare(String(b.id)));
    return out;
  }

  function ageText(c) {
    if (c.age_s !== null && c.age_s !== undefined) return { text: c.age_s < 1 ? "< 1 s" : Math.round(c.age_s) + " s", title: null };
    return { text: "#" + int(c.age_seq), title: "allocation order (bigger is younger)" };
  }

  function renderRows() {
    const vis = visible();
    const focusedId = document.activeElement && document.activeElement.closest &&
                      document.activeElement.closest("tr[data-id]")?.dataset.id;
    if (!rows.length) {
      replace(tbody, el("tr", {}, el("td", { colspan: COLUMNS.length },
        empty("No live closures.", "This workload holds no function with captured variables right now."))));
    } else if (!vis.length) {
      replace(tbody, el("tr", {}, el("td", { colspan: COLUMNS.length }, empty("No closure matches the filters."))));
    } else {
      replace(tbody, vis.map((c) => {
        const age = ageText(c);
        const sel = String(c.id) === String(view.selected);
        return el("tr", { dataset: { id: String(c.id) }, class: sel ? "selected" : null,
                          "aria-selected": sel ? "true" : "false" },
          el("td", {}, el("a", { href: ctx.href("closures", name, String(c.id)), class: "row-link",
                                 title: c.qualname || c.name }, c.name),
             c.hints.length ? el("span", { class: "hint-dot", title: c.hints.map((h) => hintInfo(h.hint).label).join(", ") },
                                 el("span", { "aria-hidden": "true" }, "⚑"),
                                 el("span", { class: "sr-only" }, " (" + c.hints.map((h) => hintInfo(h.hint).label).join(", ") + ")")) : null),
          el("td", { class: "mono" }, c.site),
          el("td", { class: "mono captures", title: capturesText(c) }, shorten(capturesText(c), 60)),
          retained ? el("td", { class: "num", dataset: { col: "retained" } }, bytesEl(c.retained_bytes)) : null,
          el("td", { class: "num" }, bytesEl(c.env_bytes)),
          el("td", { class: "num col-shallow" }, bytesEl(c.env_shallow_bytes)),
          el("td", { class: "num", title: age.title }, age.text));
      }));
    }
    const shown = vis.length === rows.length ? int(rows.length) : `${int(vis.length)} of ${int(rows.length)}`;
    replace(count, `${shown} closures shown` +
            (total !== null && total > rows.length ? ` (the ${int(rows.length)} first of ${int(total)} by this order)` : "") + ".");
    if (focusedId) {
      const link = tbody.querySelector(`tr[data-id="${CSS.escape(focusedId)}"] a`);
      if (link) link.focus();
    }
    const sites = [...new Set(rows.map((c) => c.site))].sort();
    replace(siteList, sites.map((s) => el("option", { value: s })));
  }

  async function load() {
    try {
      const q = `?sort=${encodeURIComponent(view.sort)}&limit=${LIMIT}`;
      let data;
      try {
        data = await ctx.api.get(ctx.api.wl(name, "/closures" + q));
      } catch (err) {
        if (err.status !== 400 || view.sort !== "retained_bytes") throw err;
        retained = false;               // an older daemon: no retained bytes
        COLUMNS = ALL_COLUMNS.filter((c) => c.key !== "retained_bytes");
        view.sort = "env_bytes";
        renderHead();
        return load();
      }
      if (disposed) return;
      rows = ctx.api.list(data, "closures", "items").map(ctx.model.closure);
      total = data && !Array.isArray(data) ? (data.total ?? data.count ?? null) : null;
      renderRows();
      // Refresh the detail while its closure lives; a complete list without it means it was
      // freed: say so without asking (a 404 would only be logged by the browser).
      if (view.selected) {
        const listed = rows.some((r) => String(r.id) === String(view.selected));
        if (listed || (total !== null && total > rows.length)) loadDetail(false);
        else if (!detail.querySelector(".gone")) showGone(view.selected);
      }
    } catch (err) {
      if (disposed) return;
      replace(tbody, el("tr", {}, el("td", { colspan: COLUMNS.length, class: "error" },
                                     "Could not load closures: " + err.message)));
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (auto.checked && !disposed) timer = setTimeout(load, 5000);
  }

  async function loadDetail(announce = true) {
    const id = view.selected;
    if (!id) {
      replace(detail, empty("Select a closure", "to see what it captures."));
      return;
    }
    let c = rows.find((r) => String(r.id) === String(id));
    try {
      c = ctx.model.closure(await ctx.api.get(ctx.api.wl(name, "/closures/" + encodeURIComponent(id))));
    } catch (err) {
      if (err.status === 404) {
        showGone(id);
        return;
      }
      if (!c) {
        replace(detail, el("p", { class: "error" }, "Could not load closure " + id + ": " + err.message));
        return;
      }
    }
    if (disposed || String(view.selected) !== String(id)) return;
    renderDetail(c, announce);
  }

  function showGone(id) {
    replace(detail, el("div", { class: "gone" }, empty(`Closure ${id} is gone.`, "It was freed since the list was loaded.")));
  }

  function renderDetail(c, announce) {
    const h = el("h2", { tabindex: "-1" }, c.qualname || c.name);
    replace(detail, h,
      el("dl", { class: "kv" },
        el("dt", {}, "Defined at"),
        el("dd", { class: "mono" }, el("a", { href: ctx.href("sites", name), title: "All closures by site" }, c.site)),
        el("dt", {}, "Id"), el("dd", { class: "mono" }, String(c.id)),
        el("dt", {}, "Env bytes"), el("dd", {}, bytesEl(c.env_bytes)),
        el("dt", {}, "Env shallow bytes"), el("dd", {}, bytesEl(c.env_shallow_bytes)),
        c.function_bytes !== null ? [el("dt", {}, "Function object"), el("dd", {}, bytesEl(c.function_bytes))] : null,
        c.retained_bytes !== null ? [el("dt", { title: "Bytes freed if this closure were freed" }, "Retained bytes"),
                                     el("dd", { dataset: { key: "retained" } }, bytesEl(c.retained_bytes))] : null,
        c.deep_bytes !== null ? [el("dt", { title: "Everything it reaches, shared or not" }, "Deep bytes"),
                                 el("dd", {}, bytesEl(c.deep_bytes))] : null),
      c.hints.length ? el("section", { class: "hints", "aria-label": "Hints" }, hintBadges(c.hints)) : null,
      c.path ? el("section", { class: "why", "aria-labelledby": "why-h" },
        el("h3", { id: "why-h" }, "Why alive"),
        pathView(c.garbage ? { ...c.path, unreachable: true } : c.path, (id) => ctx.href("closures", name, String(id)))) : null,
      el("h3", {}, "Captured variables"),
      c.vars.length ? el("div", { class: "table-wrap" }, el("table", { class: "data vars" },
        el("thead", {}, el("tr", {}, ["Name", "Type", "Value", "Bytes", "Cell", hasVarRetained(c) ? "Retained" : null]
          .filter(Boolean).map((t, i) => el("th", { scope: "col", class: i >= 3 ? "num" : null,
            title: t === "Retained" ? "Bytes freed with this closure through this cell (0 when the cell is shared)" : null }, t)))),
        el("tbody", {}, c.vars.map((v) => el("tr", { dataset: { var: v.name }, class: v.shared_with ? "shared" : null },
          el("th", { scope: "row", class: "mono" },
             (v.value_id ?? v.cell_id) !== null && v.retained_bytes !== null
               ? el("button", { type: "button", class: "link-btn mono", dataset: { pathFor: v.name },
                                title: `Why is ${v.name} alive? (its shortest path from a root)`,
                                onclick: () => showVarPath(v) }, v.name)
               : v.name,
             v.hints.length ? el("span", { class: "hint-dot", title: v.hints.map((x) => hintInfo(x.hint).label).join(", ") },
                                 el("span", { "aria-hidden": "true" }, "⚑"),
                                 el("span", { class: "sr-only" }, " (" + v.hints.map((x) => hintInfo(x.hint).label).join(", ") + ")")) : null),
          el("td", { class: "mono" }, v.empty ? "<empty>" : v.type),
          el("td", { class: "mono value" }, v.empty ? "–" : v.repr),
          el("td", { class: "num" }, bytesEl(v.bytes)),
          el("td", { class: "num" }, v.cell_bytes === null ? "–" : bytesEl(v.cell_bytes)),
          hasVarRetained(c) ? el("td", { class: "num", dataset: { col: "retained" } }, bytesEl(v.retained_bytes),
            v.shared_with ? el("span", { class: "badge shared", dataset: { shared: String(v.shared_with) },
              title: `This cell is also held by ${int(v.shared_with)} other closure${v.shared_with === 1 ? "" : "s"}: ` +
                     "its bytes are retained by none of them alone." },
              `shared with ${int(v.shared_with)} other${v.shared_with === 1 ? "" : "s"}`) : null) : null)))))
        : empty("No captured variables."),
      varPath && varPath.id === String(c.id) ? varPath.node : el("div", { class: "var-path", "aria-live": "polite" }));
    if (announce) h.focus();
  }

  // The path to a captured value (or its cell), shown under the variables.
  async function showVarPath(v) {
    const box = detail.querySelector(".var-path");
    if (!box) return;
    varPath = { id: String(view.selected), node: box };   // kept across the 5 s refreshes
    const id = v.value_id ?? v.cell_id;
    const h = el("h3", { tabindex: "-1" }, "Why ", el("code", {}, v.name), " is alive");
    replace(box, h, el("p", { class: "muted" }, "Finding its path…"));
    try {
      const data = await ctx.api.get(ctx.api.wl(name, "/objects/" + encodeURIComponent(id) + "/path"));
      if (disposed || !box.isConnected) return;
      const p = ctx.model.path(data && data.path);
      replace(box, h, p ? pathView(p, (cid) => ctx.href("closures", name, String(cid))) : el("p", { class: "muted" }, "No path."),
              v.shared_with ? el("p", { class: "muted small" },
                `${int(v.shared_with)} other closure${v.shared_with === 1 ? "" : "s"} hold this cell too: the shortest path may go through one of them.`) : null);
    } catch (err) {
      if (!box.isConnected) return;
      replace(box, h, el("p", { class: err.status === 404 ? "muted" : "error" },
        err.status === 404 ? "It was freed meanwhile." : "Could not find its path: " + err.message));
    }
    h.focus();
  }

  function hasVarRetained(c) {
    return c.vars.some((v) => v.retained_bytes !== null);
  }

  tbody.addEventListener("click", (e) => {
    const a = e.target.closest("a.row-link");
    if (!a) return;
    e.preventDefault();
    select(a.closest("tr").dataset.id, true);
  });

  function select(id, announce) {
    view.selected = id;
    history.replaceState(null, "", ctx.href("closures", name, String(id)));
    for (const tr of tbody.querySelectorAll("tr[data-id]")) {
      const on = tr.dataset.id === String(id);
      tr.classList.toggle("selected", on);
      tr.setAttribute("aria-selected", on ? "true" : "false");
    }
    loadDetail(announce);
  }

  renderHead();
  replace(tbody, el("tr", {}, el("td", { colspan: COLUMNS.length, class: "muted" }, "Loading…")));
  loadDetail(false);
  load();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
