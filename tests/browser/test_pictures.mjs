// test_pictures.mjs: the pictures: a definition site shown in its source (the captured names
// highlighted, live closures and retained bytes beside the definition line, as the API says),
// and the icicle of retained bytes down the dominator tree (closures, their cells, what they
// capture), whose cells open the why-alive path. Screenshots of both.
import { test, before, after } from "node:test";
import { setup, screenshot, eventually, assert } from "./lib.mjs";

const SITE = "leaky_handlers.py:11";   // `def handle(event):` capturing `buffer`

let env;
before(async () => { env = await setup(["leaky_handlers.py", "cyclic_closures.py"], { width: 1360, height: 900 }); });
after(async () => { if (env) await env.close(); });

test("the source view highlights what the site's closures capture, with their numbers beside it", async () => {
  const { page, errors } = env;
  // the workload registers a handler (about 8 KB retained) per tick: wait until the site has
  // retained more than 100 KB, so the view below has grown past it too (a loaded machine runs
  // fewer ticks before the page opens)
  await eventually(async () => {
    const s = (await env.daemon.api("/workloads/leaky_handlers/sites?sort=retained_bytes")).body.sites
      .find((x) => x.site === SITE);
    return s && s.retained_bytes > 100000;
  }, { timeoutMs: 30000, what: "the handler site retaining more than 100 KB" });
  await env.go("#/source/leaky_handlers/" + encodeURIComponent(SITE));
  await page.waitForSelector('table.source tr.def[data-line="11"]');
  const def = await page.$eval('table.source tr.def', (tr) => ({
    line: tr.dataset.line,
    code: tr.querySelector("td.code").textContent,
    chip: tr.querySelector(".stat-chip") ? {
      count: Number(tr.querySelector(".stat-chip [data-value]").dataset.value),
      bytes: Number(tr.querySelector(".stat-chip [data-bytes]").dataset.bytes) } : null,
  }));
  assert.equal(def.line, "11");
  assert.match(def.code, /def handle\(event\):/);
  assert.ok(def.chip, "the definition line carries its live closures and retained bytes");
  const site = (await env.daemon.api("/workloads/leaky_handlers/sites?sort=retained_bytes")).body.sites
    .find((s) => s.site === SITE);
  // the workload keeps registering handlers: the view and the API agree within a few ticks
  assert.ok(Math.abs(def.chip.count - site.closures) <= 60, `${def.chip.count} vs ${site.closures}`);
  assert.ok(def.chip.bytes > 100000, "retained bytes: " + def.chip.bytes);
  const marks = await page.$$eval("table.source mark.captured", (ms) => ms.map((m) => ({
    name: m.textContent, line: m.closest("tr").dataset.line })));
  assert.ok(marks.length >= 2 && marks.every((m) => m.name === "buffer"), JSON.stringify(marks));
  assert.deepEqual([...new Set(marks.map((m) => m.line))].sort(), ["12", "9"]);
  // a name inside a string or comment is not code: line 9's comment mentions nothing captured,
  // but its code does; the comment stays unmarked
  const comment = await page.$eval('tr[data-line="9"] .tok-comment', (c) => c.querySelector("mark") === null);
  assert.ok(comment);
  // the numbers around the code: the site list names every site with its retained bytes
  const listed = await page.$$eval(".site-list li a", (as) => as.map((a) => a.querySelector(".mono").textContent));
  assert.ok(listed.includes(SITE), listed.join(","));
  await screenshot(page, "source-view");
  // from the Sites table, a site links here
  await env.go("#/sites/leaky_handlers");
  await page.waitForSelector(`.sites-table tbody tr[data-site="${SITE}"] th a`);
  await page.click(`.sites-table tbody tr[data-site="${SITE}"] th a`);
  await page.waitForSelector('table.source tr.def[data-line="11"]');
  assert.deepEqual(errors, []);
});

test("a site in an imported module shows that module's file", async () => {
  const { page, errors } = env;
  const files = {
    "main.py": "from shapes.scale import make_scaler\nkeep = [make_scaler(k) for k in range(5)]\n" +
               "def tick():\n    pass\n",
    "shapes/__init__.py": "",
    "shapes/scale.py": "# scalers\n\ndef make_scaler(factor):\n    def scale(x):\n        return x * factor\n    return scale\n",
  };
  const r = await env.daemon.api("/workloads", { method: "POST", headers: { "Content-Type": "application/json" },
                                                 body: JSON.stringify({ name: "modular", files }) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const site = "shapes/scale.py:4";
  await eventually(async () => (await env.daemon.api("/workloads/modular/sites")).body.sites.some((s) => s.site === site));
  // the dashboard learns of the new workload from its list (refreshed every few seconds)
  await page.waitForSelector('#workload-select option[value="modular"]', { state: "attached" });
  await env.go("#/source/modular/" + encodeURIComponent(site));
  await page.waitForSelector('table.source tr.def[data-line="4"]');
  const code = await page.$eval("table.source tr.def td.code", (td) => td.textContent);
  assert.match(code, /def scale\(x\):/);
  const file = await page.$eval(".source-file code", (c) => c.textContent);
  assert.equal(file, "shapes/scale.py");
  const captured = await page.$$eval("table.source mark.captured", (ms) => [...new Set(ms.map((m) => m.textContent))]);
  assert.deepEqual(captured, ["factor"]);
  assert.deepEqual(errors, []);
});

test("the icicle sizes cells by retained bytes and opens the why-alive path of a closure", async () => {
  const { page, errors } = env;
  await env.go("#/retained/leaky_handlers");
  await page.waitForSelector(".icicle svg g.ic.t-closure");
  const cells = await page.$$eval(".icicle svg g.ic", (gs) => gs.map((g) => {
    const r = g.querySelector("rect");
    return { id: g.dataset.id, tone: g.getAttribute("class"), type: g.dataset.type,
             x: Number(r.getAttribute("x")), y: Number(r.getAttribute("y")), w: Number(r.getAttribute("width")) };
  }));
  const root = cells[0];
  assert.equal(root.y, 0.5);
  assert.ok(cells.some((c) => c.tone.includes("t-cell") && c.type === "cell"), "a closure's cell is drawn");
  assert.ok(cells.some((c) => c.tone.includes("t-captured") && c.type === "list"), "the captured buffer is drawn");
  assert.ok(cells.some((c) => c.tone.includes("t-others") && c.type === "others"), "the unlisted rest is drawn");
  // widths are proportional to retained bytes: compare one closure cell with the API's figure
  const api = (await env.daemon.api("/workloads/leaky_handlers/dominators?depth=10&limit=30")).body;
  assert.ok(api.nodes > 5 && api.tree.retained_size === api.total_bytes);
  const closure = cells.find((c) => c.tone.includes("t-closure"));
  const detail = (await env.daemon.api(`/workloads/leaky_handlers/closures/${closure.id}`)).body;
  const expected = root.w * detail.retained_bytes / api.total_bytes;
  assert.ok(Math.abs(closure.w - expected) <= Math.max(2, expected * 0.5),
            `closure cell ${closure.w}px, expected about ${expected}px`);
  await page.click(`.icicle svg g.ic.t-closure[data-id="${closure.id}"]`);
  const text = await eventually(() => page.$eval(".icicle-detail .path-text", (p) => p.textContent).catch(() => null),
                                { what: "the why-alive path" });
  assert.match(text, /^globals\['handlers'\] → list\[\d+\] → make_handler\.<locals>\.handle \(closure, leaky_handlers\.py:11\)$/);
  assert.ok(await page.$(`.icicle svg g.ic.selected[data-id="${closure.id}"]`), "the clicked cell is marked");
  await screenshot(page, "retained-icicle");
  // double-click focuses on a subtree; the crumbs lead back
  const list = cells.find((c) => c.type === "list" && !c.tone.includes("t-captured"));
  await page.dblclick(`.icicle svg g.ic[data-id="${list.id}"]`);
  await page.waitForSelector(".crumbs button");
  const top = await page.$eval(".icicle svg g.ic", (g) => g.dataset.id);
  assert.equal(top, list.id);
  await page.click(".crumbs button");
  await page.waitForFunction(() => document.querySelector(".icicle svg g.ic").dataset.id === "");
  assert.deepEqual(errors, []);
});
