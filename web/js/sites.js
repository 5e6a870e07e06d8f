// sites.js: live closures grouped by definition site, biggest env bytes first, so a leak's source is on top.
"use strict";

import { el, replace, bytesEl, intEl, int, empty } from "./fmt.js";

export default function sites(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Sites"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const note = el("p", { class: "muted", "aria-live": "polite" }, "Loading…");
  const list = el("div", { class: "sites" });
  replace(root, el("h1", {}, "Sites ", el("span", { class: "sub" }, name)),
          el("p", { class: "lede" }, "Live closures grouped by where they were defined, the most env bytes first."),
          note, list);
  let timer = null;
  let disposed = false;

  function render(rows) {
    rows.sort((a, b) => (b.env_bytes ?? 0) - (a.env_bytes ?? 0) || (b.count ?? 0) - (a.count ?? 0));
    if (!rows.length) {
      replace(note);
      replace(list, empty("No live closures.", "Sites appear here once the workload creates closures."));
      return;
    }
    const max = Math.max(1, ...rows.map((r) => r.env_bytes ?? 0));
    const totalBytes = rows.reduce((a, r) => a + (r.env_bytes ?? 0), 0);
    const totalCount = rows.reduce((a, r) => a + (r.count ?? 0), 0);
    const plural = (n, word) => `${int(n)} ${word}${n === 1 ? "" : "s"}`;
    replace(note, `${plural(rows.length, "site")}, ${plural(totalCount, "closure")}, `, bytesEl(totalBytes),
            " of environments.");
    replace(list, el("div", { class: "table-wrap" }, el("table", { class: "data sites-table" },
      el("caption", { class: "sr-only" }, "Closure definition sites of " + name),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Site"), el("th", { scope: "col" }, "Functions"),
        el("th", { scope: "col", class: "num" }, "Closures"), el("th", { scope: "col", class: "num" }, "Env bytes"),
        el("th", { scope: "col", class: "num" }, "Env shallow bytes"), el("th", { scope: "col" }, "Share"))),
      el("tbody", {}, rows.map((r, i) => el("tr", { dataset: { site: r.site }, class: i === 0 && rows.length > 1 ? "top" : null },
        el("th", { scope: "row", class: "mono" }, r.site),
        el("td", { class: "mono" }, r.names.join(", ") || "–"),
        el("td", { class: "num" }, intEl(r.count)),
        el("td", { class: "num" }, bytesEl(r.env_bytes)),
        el("td", { class: "num" }, bytesEl(r.env_shallow_bytes)),
        el("td", { class: "bar-cell" },
          el("span", { class: "bar", style: `width:${Math.max(1, Math.round(100 * (r.env_bytes ?? 0) / max))}%`,
                       "aria-hidden": "true" }),
          el("span", { class: "sr-only" }, Math.round(100 * (r.env_bytes ?? 0) / Math.max(1, totalBytes)) + "%"))))))));
  }

  async function load() {
    try {
      // The sites answer has no function names: take them from the biggest closures.
      const [data, cl] = await Promise.all([
        ctx.api.get(ctx.api.wl(name, "/sites")),
        ctx.api.get(ctx.api.wl(name, "/closures?sort=env_bytes&limit=2000")).catch(() => null),
      ]);
      if (disposed) return;
      const names = new Map();
      for (const c of ctx.api.list(cl, "closures").map(ctx.model.closure)) {
        if (!names.has(c.site)) names.set(c.site, new Set());
        names.get(c.site).add(c.qualname || c.name);
      }
      const rows = ctx.api.list(data, "sites", "items").map(ctx.model.site);
      for (const r of rows) if (!r.names.length && names.has(r.site)) r.names = [...names.get(r.site)];
      render(rows);
    } catch (err) {
      if (!disposed) replace(note, el("span", { class: "error" }, "Could not load sites: " + err.message));
    }
    if (!disposed) timer = setTimeout(load, 5000);
  }
  load();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
