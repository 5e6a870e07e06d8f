// closures.js: the closures explorer: live closures sortable and filterable; one closure's captured variables and site.
"use strict";

import { el, replace, bytesEl, int, empty } from "./fmt.js";

const LIMIT = 1000;
const COLUMNS = [
  { key: "name", label: "Name" },
  { key: "site", label: "Defined at" },
  { key: "captures", label: "Captures" },
  { key: "env_bytes", label: "Env bytes", sort: "env_bytes", num: true },
  { key: "env_shallow_bytes", label: "Env shallow bytes", sort: "env_shallow_bytes", num: true },
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
  const view = { sort: "env_bytes", desc: true, name: "", site: "", selected: ctx.rest[0] || null };
  let rows = [];
  let total = null;
  let timer = null;
  let disposed = false;

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
      if (!c.sort) return el("th", { scope: "col" }, c.label);
      const active = view.sort === c.sort;
      return el("th", { scope: "col", class: c.num ? "num" : null,
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
                                 title: c.qualname || c.name }, c.name)),
          el("td", { class: "mono" }, c.site),
          el("td", { class: "mono captures", title: capturesText(c) }, shorten(capturesText(c), 60)),
          el("td", { class: "num" }, bytesEl(c.env_bytes)),
          el("td", { class: "num" }, bytesEl(c.env_shallow_bytes)),
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
      const data = await ctx.api.get(ctx.api.wl(name, "/closures" + q));
      if (disposed) return;
      rows = ctx.api.list(data, "closures", "items").map(ctx.model.closure);
      total = data && !Array.isArray(data) ? (data.total ?? data.count ?? null) : null;
      renderRows();
      if (view.selected) loadDetail(false);
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
        replace(detail, empty(`Closure ${id} is gone.`, "It was freed since the list was loaded."));
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
        c.retained_bytes !== null ? [el("dt", {}, "Retained bytes"), el("dd", {}, bytesEl(c.retained_bytes))] : null),
      el("h3", {}, "Captured variables"),
      c.vars.length ? el("table", { class: "data vars" },
        el("thead", {}, el("tr", {}, ["Name", "Type", "Value", "Bytes", "Cell"].map((t, i) =>
          el("th", { scope: "col", class: i >= 3 ? "num" : null }, t)))),
        el("tbody", {}, c.vars.map((v) => el("tr", { dataset: { var: v.name } },
          el("th", { scope: "row", class: "mono" }, v.name),
          el("td", { class: "mono" }, v.empty ? "<empty>" : v.type),
          el("td", { class: "mono value" }, v.empty ? "–" : v.repr),
          el("td", { class: "num" }, bytesEl(v.bytes)),
          el("td", { class: "num" }, v.cell_bytes === null ? "–" : bytesEl(v.cell_bytes))))))
        : empty("No captured variables."));
    if (announce) h.focus();
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
