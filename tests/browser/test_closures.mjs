// test_closures.mjs: the closures explorer lists the seed's five multipliers with n = 0..4; sorting,
// filtering, selection; the sites view puts the site retaining the most first.
import { test, before, after } from "node:test";
import { setup, screenshot, eventually, assert } from "./lib.mjs";

let env;
before(async () => { env = await setup(["seed_multiplier.py", "leaky_handlers.py"]); });
after(async () => { if (env) await env.close(); });

const rows = (page) => page.$$eval(".closures-table tbody tr[data-id]", (trs) => trs.map((tr) => ({
  id: tr.dataset.id, name: tr.querySelector("td a").textContent, site: tr.children[1].textContent,
  captures: tr.children[2].textContent })));

test("the seed workload's five multiplier closures appear with n = 0..4", async () => {
  const { page } = env;
  await env.go("#/closures/seed_multiplier");
  const list = await eventually(async () => {
    const r = await rows(page);
    return r.length === 5 ? r : null;
  }, { what: "five closures" });
  assert.ok(list.every((r) => r.name === "multiplier"), JSON.stringify(list));
  assert.ok(list.every((r) => r.site === "seed_multiplier.py:2"), JSON.stringify(list));
  const ns = [];
  for (const r of list) {
    await page.click(`.closures-table tr[data-id="${r.id}"] a`);
    await page.waitForSelector(`.detail h2 + dl`);
    // The detail of this row, not the previous one still on show while the answer comes.
    await eventually(() => page.$eval(".detail", (d, id) =>
      d.textContent.includes("Captured variables") && d.textContent.includes(id), String(r.id)));
    const v = await page.$eval('.detail table.vars tr[data-var="n"]', (tr) => ({
      type: tr.children[1].textContent, value: tr.children[2].textContent,
      bytes: tr.children[3].querySelector("[data-bytes]").dataset.bytes }));
    assert.equal(v.type, "int");
    assert.ok(Number(v.bytes) > 0);
    ns.push(Number(v.value));
    assert.ok(page.url().endsWith("/" + r.id), "the selection is in the URL");
  }
  assert.deepEqual(ns.sort(), [0, 1, 2, 3, 4]);
  assert.match(await page.$eval(".detail dl", (d) => d.textContent), /seed_multiplier\.py:2/);
  await screenshot(page, "closures");
});

test("sorting and filtering", async () => {
  const { page } = env;
  await env.go("#/closures/leaky_handlers");
  await eventually(async () => (await rows(page)).length >= 10, { what: "leaky closures" });
  // sort by age: the header button toggles and aria-sort follows
  await page.click('button.sort[data-sort="age"]');
  await eventually(() => page.$eval('th:has(button[data-sort="age"])', (th) => th.getAttribute("aria-sort") === "descending"));
  await page.click('button.sort[data-sort="age"]');
  await eventually(() => page.$eval('th:has(button[data-sort="age"])', (th) => th.getAttribute("aria-sort") === "ascending"));
  await page.click('button.sort[data-sort="env_bytes"]');
  await eventually(() => page.$eval('th:has(button[data-sort="env_bytes"])', (th) => th.getAttribute("aria-sort") === "descending"));
  // filter by name: nothing matches, then everything does
  await page.fill("#filter-name", "no_such_closure");
  await eventually(async () => (await rows(page)).length === 0, { what: "empty filter result" });
  assert.match(await page.textContent(".closures-table tbody"), /No closure matches/);
  await page.fill("#filter-name", "handle");
  await eventually(async () => (await rows(page)).length >= 10, { what: "handle rows" });
  // filter by site
  await page.fill("#filter-site", "leaky_handlers.py:1");
  const bySite = await rows(page);
  assert.ok(bySite.length > 0 && bySite.every((r) => r.site.startsWith("leaky_handlers.py:1")));
});

test("sites view: biggest first", async () => {
  const { page } = env;
  await env.go("#/sites/leaky_handlers");
  await page.waitForSelector(".sites-table tbody tr");
  const sites = await page.$$eval(".sites-table tbody tr", (trs) => trs.map((tr) =>
    Number(tr.querySelector('td[data-col="retained"] [data-bytes]').dataset.bytes)));
  const sorted = [...sites].sort((a, b) => b - a);
  assert.deepEqual(sites, sorted);
  const api = (await env.daemon.api("/workloads/leaky_handlers/sites?sort=retained_bytes")).body;
  assert.equal(await page.$eval(".sites-table tbody tr", (tr) => tr.dataset.site), api.sites[0].site);
  await screenshot(page, "sites");
});

test("no console errors", () => {
  assert.deepEqual(env.errors, []);
});
