// sites.js: live closures grouped by definition site: leak suspects (growing sites, ranked) on top, then every site, most retained bytes first.
"use strict";

import { el, replace, bytesEl, bytes, intEl, int, duration, empty } from "./fmt.js";
import { hintChips } from "./inspect.js";

// "+1.2 MiB/min", "−3 /min", "0 /min".
function rate(v, fmt) {
  if (v === null || v === undefined) return "–";
  const s = fmt(Math.abs(v));
  return (v > 0 ? "+" : v < 0 ? "−" : "") + s + "/min";
}
const closuresRate = (v) => rate(v, (x) => (x >= 10 ? Math.round(x) : Math.round(x * 10) / 10).toLocaleString("en-US") + " closures");
const bytesRate = (v) => rate(v, bytes);

export default function sites(root, ctx) {
  const name = ctx.workload;
  if (!name) {
    replace(root, el("h1", {}, "Sites"), empty("No workload selected.", "Pick one above."));
    return {};
  }
  const note = el("p", { class: "muted", "aria-live": "polite" }, "Loading…");
  const suspectsBox = el("section", { class: "suspects panel", "aria-labelledby": "suspects-h" },
    el("h2", { id: "suspects-h" }, "Leak suspects"), el("p", { class: "muted" }, "Loading…"));
  const list = el("div", { class: "sites" });
  replace(root, el("h1", {}, "Sites ", el("span", { class: "sub" }, name)),
          el("p", { class: "lede" }, "Live closures grouped by where they were defined. Sites that keep growing are leak suspects."),
          suspectsBox,
          el("h2", {}, "All sites"),
          note, list);
  let timer = null;
  let disposed = false;

  function renderSuspects(suspects, analysis) {
    const h = el("h2", { id: "suspects-h" }, "Leak suspects");
    if (!suspects.length) {
      const samples = analysis && analysis.samples != null ? Number(analysis.samples) : null;
      const interval = analysis && analysis.interval_seconds ? Number(analysis.interval_seconds) : 2;
      const why = samples !== null && samples < 3
        ? `Watching: a suspect needs at least 3 heap analyses (one every ${interval} s; ${int(samples)} so far).`
        : "No site's closures or retained bytes have kept growing over the last analyses.";
      replace(suspectsBox, h, el("p", { class: "muted", id: "no-suspects" }, why));
      return;
    }
    replace(suspectsBox, h,
      el("p", { class: "muted" }, "Sites whose live closures or retained bytes grew over the recent analyses, fastest first."),
      el("ol", { class: "suspect-list" }, suspects.map((s, i) => el("li", { class: "suspect", dataset: { site: s.site } },
        el("div", { class: "suspect-head" },
          el("span", { class: "rank", "aria-label": "rank " + (s.rank ?? i + 1) }, "#" + (s.rank ?? i + 1)),
          el("span", { class: "mono site" }, s.site),
          s.names.length ? el("span", { class: "mono muted" }, s.names.join(", ")) : null,
          hintChips(s.hints)),
        el("dl", { class: "suspect-stats" },
          el("div", {}, el("dt", {}, "Growth"),
            el("dd", { dataset: { key: "growth" } }, el("strong", {}, bytesRate(s.retained_per_minute)),
               el("span", { class: "muted" }, " retained · ", closuresRate(s.closures_per_minute)))),
          el("div", {}, el("dt", {}, "Now"),
            el("dd", {}, intEl(s.count), " closures, ", bytesEl(s.retained_bytes ?? s.env_bytes), " retained",
               s.collections_survived !== null ? el("div", { class: "muted small" },
                 `alive through ${int(s.collections_survived)} collection${s.collections_survived === 1 ? "" : "s"}` +
                 (s.live_seconds ? ` (${duration(s.live_seconds)})` : "")) : null)),
          el("div", {}, el("dt", {}, "Biggest capture"),
            el("dd", { dataset: { key: "top_var" } }, s.top_var
              ? [el("code", {}, s.top_var.name), " ", bytesEl(s.top_var.retained_bytes)] : "–")),
          s.growth_seconds ? el("div", {}, el("dt", {}, "Over"), el("dd", {}, duration(s.growth_seconds))) : null),
        el("a", { href: ctx.href("closures", name), class: "small" }, "See its closures")))));
  }

  function render(rows) {
    const haveRetained = rows.some((r) => r.retained_bytes !== null);
    const key = (r) => (haveRetained ? r.retained_bytes : r.env_bytes) ?? 0;
    rows.sort((a, b) => key(b) - key(a) || (b.env_bytes ?? 0) - (a.env_bytes ?? 0) || (b.count ?? 0) - (a.count ?? 0));
    if (!rows.length) {
      replace(note);
      replace(list, empty("No live closures.", "Sites appear here once the workload creates closures."));
      return;
    }
    const max = Math.max(1, ...rows.map(key));
    const total = rows.reduce((a, r) => a + key(r), 0);
    const totalCount = rows.reduce((a, r) => a + (r.count ?? 0), 0);
    const plural = (n, word) => `${int(n)} ${word}${n === 1 ? "" : "s"}`;
    replace(note, `${plural(rows.length, "site")}, ${plural(totalCount, "closure")}, `, bytesEl(total),
            haveRetained ? " retained, the most first." : " of environments, the most first.");
    const haveGrowth = rows.some((r) => r.retained_per_minute !== null || r.closures_per_minute !== null);
    const haveSurvived = rows.some((r) => r.collections_survived !== null);
    const th = (label, num, title) => el("th", { scope: "col", class: num ? "num" : null, title: title || null }, label);
    replace(list, el("div", { class: "table-wrap" }, el("table", { class: "data sites-table" },
      el("caption", { class: "sr-only" }, "Closure definition sites of " + name),
      el("thead", {}, el("tr", {},
        th("Site"), th("Functions"), th("Closures", true),
        haveRetained ? th("Retained", true, "Bytes freed if every closure of this site were freed") : null,
        th("Env bytes", true), th("Env shallow bytes", true),
        haveGrowth ? th("Growth", true, "Retained bytes and closures per minute over the recent analyses") : null,
        haveSurvived ? th("Survived", true, "Collections since this site has had live closures") : null,
        th("Share"))),
      el("tbody", {}, rows.map((r, i) => el("tr", { dataset: { site: r.site },
                                                    class: [i === 0 && rows.length > 1 ? "top" : null, r.suspect ? "suspect-row" : null].filter(Boolean).join(" ") || null },
        el("th", { scope: "row", class: "mono" }, el("a", { href: ctx.href("source", name, r.site), title: "Show in the source" }, r.site), r.suspect ? [" ", el("span", { class: "badge leak", title: "Leak suspect" }, "growing")] : null),
        el("td", { class: "mono" }, r.names.join(", ") || "–", " ", hintChips(r.hints)),
        el("td", { class: "num", dataset: { col: "closures" } }, intEl(r.count)),
        haveRetained ? el("td", { class: "num", dataset: { col: "retained" } }, bytesEl(r.retained_bytes)) : null,
        el("td", { class: "num", dataset: { col: "env" } }, bytesEl(r.env_bytes)),
        el("td", { class: "num", dataset: { col: "env_shallow" } }, bytesEl(r.env_shallow_bytes)),
        haveGrowth ? el("td", { class: "num growth", dataset: { col: "growth" } },
          r.retained_per_minute === null ? "–" : bytesRate(r.retained_per_minute),
          r.closures_per_minute ? el("div", { class: "muted small" }, closuresRate(r.closures_per_minute)) : null) : null,
        haveSurvived ? el("td", { class: "num", dataset: { col: "survived" },
                              title: r.live_seconds ? "live for " + duration(r.live_seconds) : null },
                          r.collections_survived === null ? "–" : intEl(r.collections_survived)) : null,
        el("td", { class: "bar-cell" },
          el("span", { class: "bar", style: `width:${Math.max(1, Math.round(100 * key(r) / max))}%`,
                       "aria-hidden": "true" }),
          el("span", { class: "sr-only" }, Math.round(100 * key(r) / Math.max(1, total)) + "%"))))))));
  }

  async function load() {
    try {
      // Function names for answers that carry no qualname: from the biggest closures.
      const [data, cl] = await Promise.all([
        ctx.api.get(ctx.api.wl(name, "/sites")),
        ctx.api.get(ctx.api.wl(name, "/closures?sort=env_bytes&limit=2000&retained=false")).catch(() => null),
      ]);
      if (disposed) return;
      const names = new Map();
      for (const c of ctx.api.list(cl, "closures").map(ctx.model.closure)) {
        if (!names.has(c.site)) names.set(c.site, new Set());
        names.get(c.site).add(c.qualname || c.name);
      }
      const fill = (r) => { if (!r.names.length && names.has(r.site)) r.names = [...names.get(r.site)]; return r; };
      const rows = ctx.api.list(data, "sites", "items").map(ctx.model.site).map(fill);
      let suspects;
      if (data && Array.isArray(data.suspects)) {
        suspects = data.suspects.map(ctx.model.site).map(fill);
      } else {
        suspects = rows.filter((r) => r.suspect)
          .sort((a, b) => (b.retained_per_minute ?? 0) - (a.retained_per_minute ?? 0));
      }
      renderSuspects(suspects, data && data.analysis);
      render(rows);
    } catch (err) {
      if (!disposed) replace(note, el("span", { class: "error" }, "Could not load sites: " + err.message));
    }
    if (!disposed) timer = setTimeout(load, 5000);
  }
  load();
  return { dispose() { disposed = true; clearTimeout(timer); } };
}
