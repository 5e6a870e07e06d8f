// test_collector.mjs: the collector view: totals per generation equal the API's, "collect now"
// raises the generation's count on the page, the event log and refcount-vs-collector split.
import { test, before, after } from "node:test";
import { setup, screenshot, eventually, assert } from "./lib.mjs";

let env;
before(async () => { env = await setup(["cyclic_closures.py"]); });
after(async () => { if (env) await env.close(); });

const collections = (page, gen) =>
  page.$eval(`article.gen[data-generation="${gen}"] dd[data-key="collections"] [data-value]`,
             (e) => Number(e.dataset.value));

test("collect now raises each generation's count on the page", async () => {
  const { page } = env;
  await env.go("#/collector/cyclic_closures");
  await page.waitForSelector('article.gen[data-generation="2"] button');
  for (const gen of [0, 1, 2]) {
    const before = await collections(page, gen);
    const apiBefore = (await env.daemon.api("/workloads/cyclic_closures/gc")).body.generations[gen].collections;
    assert.ok(apiBefore >= before, "the page never shows more than the API");
    await page.click(`button[data-generation="${gen}"]`);
    await eventually(async () => (await collections(page, gen)) > before,
                     { what: `generation ${gen}'s count to rise above ${before}` });
    await eventually(() => page.$eval('#collect-result', (s, g) => s.textContent.startsWith(`Generation ${g}: collected`), gen),
                     { what: "the result line" });
  }
  // the manual collections show in the log
  await eventually(() => page.$$eval(".gc-log tbody tr[data-seq]", (trs) =>
    trs.some((tr) => tr.lastElementChild.textContent === "manual")), { what: "a manual row in the log" });
});

test("totals equal the API's once the workload is paused", async () => {
  const { page } = env;
  const r = await env.daemon.api("/workloads/cyclic_closures/pause", { method: "POST" });
  assert.equal(r.status, 200);
  const api = (await env.daemon.api("/workloads/cyclic_closures/gc")).body;
  await page.reload();
  await page.waitForSelector('article.gen[data-generation="2"] button');
  await eventually(async () => {
    for (const g of api.generations)
      if ((await collections(page, g.generation)) !== g.collections) return false;
    return true;
  }, { what: "the page's totals to equal " + JSON.stringify(api.generations.map((g) => g.collections)) });
  const freed = await page.$eval('dd[data-key="gc_freed"] [data-value]', (e) => Number(e.dataset.value));
  assert.equal(freed, api.freed.collector_objects);
  assert.ok(freed > 0, "cyclic closures need the collector");
  const rc = await page.$eval('dd[data-key="refcount_freed"] [data-value]', (e) => Number(e.dataset.value));
  assert.equal(rc, api.freed.refcount_objects);
  await screenshot(page, "collector");
  await env.daemon.api("/workloads/cyclic_closures/resume", { method: "POST" });
});

test("keyboard: the collect buttons are reachable and work with Enter", async () => {
  const { page } = env;
  const before = await collections(page, 0);
  await page.focus('button[data-generation="0"]');
  await page.keyboard.press("Enter");
  await eventually(async () => (await collections(page, 0)) > before, { what: "Enter to collect" });
});

test("no console errors", () => {
  assert.deepEqual(env.errors, []);
});
