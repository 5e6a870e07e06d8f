// test_inspector.mjs: the inspector's views on the leaking example (one daemon for every subtest):
// its handler site leads the leak suspects, the retained column sorts, a closure's why-alive path
// names the global list, two marks compare with the handler site growing, the .heapsnapshot
// download is V8's format; then the event stream with a token in ?token=.
import { test, before, after } from "node:test";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, startDaemon, screenshot, eventually, assert, SCREENSHOTS } from "./lib.mjs";

const HANDLER_SITE = "leaky_handlers.py:11";   // `def handle` in examples/leaky_handlers.py

let env;
const SELF_CYCLE = `def make():
    def again(n):
        return again(n - 1) if n > 0 else 0
    return again

keep = make()

def make_pair():
    counts = [0] * 10
    def bump():
        counts[0] += 1
    def read():
        return counts[0]
    return bump, read

pair = make_pair()
`;

before(async () => {
  env = await setup(["leaky_handlers.py"]);
  const r = await env.daemon.api("/workloads", { method: "POST", headers: { "Content-Type": "application/json" },
                                                 body: JSON.stringify({ name: "self_cycle", source: SELF_CYCLE }) });
  assert.equal(r.status, 201, JSON.stringify(r.body));
});
after(async () => { if (env) await env.close(); });

// The retained bytes of the listed closures that the heap analysis knows (one born after it
// has none: docs/api.md, "Heap analysis").
const retainedRows = (page) => page.$$eval(".closures-table tbody tr[data-id]", (trs) => trs
  .map((tr) => tr.querySelector('td[data-col="retained"] [data-bytes]').dataset.bytes)
  .filter((b) => b !== "").map(Number));

test("the leaking example's handler site is the first leak suspect", async () => {
  const { page } = env;
  await env.go("#/sites/leaky_handlers");
  // suspects need a few analyses (one every 2 s); the view refreshes every 5 s
  const first = await eventually(() => page.$eval(".suspect-list li.suspect", (li) => li.dataset.site).catch(() => null),
                                 { what: "a leak suspect" });
  assert.equal(first, HANDLER_SITE);
  const api = (await env.daemon.api("/workloads/leaky_handlers/sites")).body;
  assert.equal(api.suspects[0].site, HANDLER_SITE);
  const card = await page.$eval(".suspect-list li.suspect", (li) => ({
    growth: li.querySelector('[data-key="growth"]').textContent,
    top: li.querySelector('[data-key="top_var"]').textContent,
    hint: [...li.querySelectorAll(".badge.hint")].map((b) => b.textContent) }));
  assert.match(card.growth, /^\+[\d.]+ (KiB|MiB)\/min/, "growth per minute: " + card.growth);
  assert.match(card.top, /^buffer /, "the biggest captured variable: " + card.top);
  assert.deepEqual(card.hint, ["large capture"]);
  // the table below: most retained first, the handler site flagged as growing
  const table = await page.$$eval(".sites-table tbody tr", (trs) => trs.map((tr) => ({
    site: tr.dataset.site, retained: Number(tr.querySelector('td[data-col="retained"] [data-bytes]').dataset.bytes),
    growing: !!tr.querySelector(".badge.leak") })));
  assert.deepEqual(table.map((r) => r.retained), [...table.map((r) => r.retained)].sort((a, b) => b - a));
  assert.ok(table.find((r) => r.site === HANDLER_SITE).growing);
  await screenshot(page, "sites-suspects");
});

test("the retained column sorts both ways", async () => {
  const { page } = env;
  await env.go("#/closures/leaky_handlers");
  await eventually(async () => (await retainedRows(page)).length >= 10, { what: "closures with retained bytes" });
  const th = 'th:has(button[data-sort="retained_bytes"])';
  assert.equal(await page.$eval(th, (e) => e.getAttribute("aria-sort")), "descending", "retained is the default order");
  let r = await retainedRows(page);
  assert.ok(r.every((v) => v > 8000), "each handler retains its 1000-item buffer: " + r.slice(0, 5));
  assert.deepEqual(r, [...r].sort((a, b) => b - a));
  // keyboard: focus the header button, Enter flips the order
  await page.focus('button.sort[data-sort="retained_bytes"]');
  await page.keyboard.press("Enter");
  await eventually(() => page.$eval(th, (e) => e.getAttribute("aria-sort") === "ascending"));
  r = await retainedRows(page);
  assert.deepEqual(r, [...r].sort((a, b) => a - b));
  // another order, then back to retained (largest first again)
  await page.click('button.sort[data-sort="age"]');
  await page.click('button.sort[data-sort="retained_bytes"]');
  await eventually(() => page.$eval(th, (e) => e.getAttribute("aria-sort") === "descending"));
  r = await retainedRows(page);
  assert.deepEqual(r, [...r].sort((a, b) => b - a));
});

test("a closure's detail: retained per variable, hints, and its path names `handlers`", async () => {
  const { page } = env;
  await env.go("#/closures/leaky_handlers");
  await eventually(async () => (await retainedRows(page)).length > 0, { what: "closures" });
  await page.click(".closures-table tbody tr[data-id] a");
  const text = await eventually(() => page.$eval(".detail .why .path-text", (p) => p.textContent).catch(() => null),
                                { what: "the why-alive path" });
  assert.match(text, /globals\['handlers'\]/);
  const steps = await page.$$eval(".detail ol.path li.step", (lis) => lis.map((li) => li.textContent));
  assert.ok(steps.length >= 3, JSON.stringify(steps));
  assert.ok(steps.some((s) => s.includes("['handlers']")), JSON.stringify(steps));
  assert.match(steps[steps.length - 1], /handle/);
  const v = await page.$eval('.detail table.vars tr[data-var="buffer"] td[data-col="retained"] [data-bytes]',
                             (e) => Number(e.dataset.bytes));
  assert.ok(v >= 8000, "buffer retains its 1000 items: " + v);
  const hint = await page.$eval('.detail .hint-list li[data-hint="large_capture"]', (li) => li.textContent);
  assert.match(hint, /large capture.*length or one element/);
  // a variable's own path (GET .../objects/{id}/path): through the closure to the buffer
  await page.click('.detail button[data-path-for="buffer"]');
  const varPath = await eventually(() => page.$eval(".detail .var-path .path-text", (p) => p.textContent).catch(() => null),
                                   { what: "the variable's path" });
  assert.match(varPath, /handlers.*captured 'buffer'/);
  await page.screenshot({ path: join(SCREENSHOTS, "closure-detail.png") });   // the viewport: the list runs long
  await page.locator(".detail").screenshot({ path: join(SCREENSHOTS, "closure-detail-path.png") });
  // a closure that captures itself (kept by a global, so it stays): the self_cycle hint, explained
  await env.go("#/closures/self_cycle");
  await eventually(async () => (await retainedRows(page)).length === 3, { what: "again, bump and read" });
  await page.click('.closures-table tbody tr[data-id] a:text-is("again")');
  const cyc = await eventually(() => page.$eval('.detail .hint-list li[data-hint="self_cycle"]', (li) => li.textContent)
    .catch(() => null), { what: "a self_cycle hint" });
  assert.match(cyc, /only the cycle collector/);
  // a cell two closures share: flagged, and retained by neither alone
  await page.click('.closures-table tbody tr[data-id] a:text-is("bump")');
  const shared = await eventually(() => page.$eval('.detail table.vars tr[data-var="counts"]', (tr) => ({
    badge: tr.querySelector(".badge.shared")?.textContent,
    retained: Number(tr.querySelector('td[data-col="retained"] [data-bytes]').dataset.bytes) })).catch(() => null),
    { what: "the shared cell" });
  assert.deepEqual(shared, { badge: "shared with 1 other", retained: 0 });
});

test("two marks compared: the handler site grows", async () => {
  const { page } = env;
  await env.go("#/snapshots/leaky_handlers");
  await page.waitForSelector("#mark-snapshot");
  await page.click("#mark-snapshot");
  await page.waitForSelector('.snap-table tr[data-id="1"]');
  await page.waitForTimeout(1200);   // ~12 more handlers (one per 100 ms tick)
  await page.focus("#mark-snapshot");
  await page.keyboard.press("Enter");
  await page.waitForSelector('.snap-table tr[data-id="2"]');
  // marking the second compares the two newest
  await page.waitForSelector('.diff-table[data-by="site"] tbody tr');
  assert.match(await page.textContent("#diff-h"), /#1 → #2/);
  const bySite = await page.$$eval('.diff-table[data-by="site"] tbody tr', (trs) => trs.map((tr) => ({
    key: tr.dataset.key, status: tr.dataset.status,
    count: Number(tr.querySelector('[data-col="count_delta"] [data-value]').dataset.value),
    bytes: Number(tr.querySelector('[data-col="bytes_delta"] [data-value]').dataset.value) })));
  const handler = bySite.find((r) => r.key === HANDLER_SITE);
  assert.ok(handler && handler.count > 0 && handler.bytes > 0, JSON.stringify(bySite));
  // biggest first: the buffers' site (line 9) leads, by |bytes delta|
  assert.equal(bySite[0].key, "leaky_handlers.py:9");
  const abs = bySite.map((r) => Math.abs(r.bytes));
  assert.deepEqual(abs, [...abs].sort((a, b) => b - a));
  const byType = await page.$$eval('.diff-table[data-by="type"] tbody tr', (trs) => trs.map((tr) => tr.dataset.key));
  assert.ok(byType.includes("list") && byType.includes("function"), JSON.stringify(byType));
  await screenshot(page, "snapshots-diff");
  // a mark against now
  await page.click('.snap-table tr[data-id="1"] button[data-action="compare-now"]');
  await eventually(async () => /#1 → now/.test(await page.textContent("#diff-h")), { what: "the diff against now" });
});

test("the .heapsnapshot download is V8's format", async () => {
  const { page } = env;
  await env.go("#/snapshots/leaky_handlers");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#heapsnapshot-download")]);
  assert.equal(download.suggestedFilename(), "leaky_handlers.heapsnapshot");
  const snap = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.deepEqual(snap.snapshot.meta.node_fields, ["type", "name", "id", "self_size", "edge_count", "detachedness"]);
  assert.equal(snap.nodes.length % snap.snapshot.meta.node_fields.length, 0);
  assert.ok(snap.snapshot.node_count > 100);
});

test("the new views at phone width", async () => {
  const { page } = env;
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    for (const hash of ["#/sites/leaky_handlers", "#/snapshots/leaky_handlers"]) {
      await env.go(hash);
      await page.waitForSelector(hash.includes("sites") ? ".suspect-list" : '.diff-table, .snap-table');
      if (hash.includes("snapshots")) {
        await page.click('.snap-table tr[data-id="1"] button[data-action="compare-now"]');
        await page.waitForSelector(".diff-table");
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${hash} scrolls sideways by ${overflow}px`);
      await screenshot(page, "phone-" + hash.split("/")[1] + "-inspector");
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test("overview cards take collections and the longest pause from the workload JSON (no /gc calls)", async () => {
  const { page } = env;
  const gcCalls = [];
  const watch = (req) => { if (/\/gc(\?|$)/.test(req.url())) gcCalls.push(req.url()); };
  page.on("request", watch);
  try {
    await env.go("#/overview");
    await page.waitForSelector('article.card[data-workload="leaky_handlers"]');
    const w = (await env.daemon.api("/workloads/self_cycle")).body;
    const shown = await eventually(() => page.$eval('article.card[data-workload="self_cycle"]', (c) => ({
      collections: c.querySelector('.stat[data-key="collections"] [data-value]').dataset.value,
      pause: c.querySelector('.stat[data-key="max_pause"] [data-value]').dataset.value })).catch(() => null));
    assert.equal(Number(shown.collections), w.collections);
    assert.equal(Number(shown.pause), w.longest_pause_seconds);
    await page.waitForTimeout(300);
  } finally {
    page.off("request", watch);
  }
  assert.deepEqual(gcCalls, []);
});

test("no console errors", () => {
  assert.deepEqual(env.errors, []);
});

test("with reads behind a token, the event stream carries it in ?token=", async () => {
  const dir = mkdtempSync(join(tmpdir(), "closured-token-"));
  const tokenFile = join(dir, "token");
  writeFileSync(tokenFile, "s3cret\n");
  const locked = await startDaemon(["leaky_handlers.py"],
                                   { extraArgs: ["--token-file", tokenFile, "--token-required-for-reads"] });
  const { page } = env;
  try {
    page.once("dialog", (d) => d.accept("s3cret"));   // the API's 401 prompt
    await page.goto(locked.url + "/#/overview");
    await page.waitForSelector('article.card[data-workload="leaky_handlers"]');
    await eventually(() => page.$eval("#conn", (c) => c.textContent === "live"), { what: "the live stream" });
    // a stats event moves the card's numbers: the stream is really flowing
    const closures = () => page.$eval('article.card .stat[data-key="closures"] [data-value]', (e) => Number(e.dataset.value));
    const n = await closures();
    await eventually(async () => (await closures()) > n, { what: "a stats event" });
  } finally {
    await page.goto("about:blank");
    await locked.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  // the first page load got 401s before the token was entered: those are expected, not errors
  const rest = env.errors.filter((e) => !/401|Unauthorized/.test(e));
  assert.deepEqual(rest, []);
});
