// test_overview.mjs: the overview's cards show the API's numbers and follow the event stream.
import { test, before, after } from "node:test";
import { setup, screenshot, eventually, assert } from "./lib.mjs";

let env;
before(async () => { env = await setup(["seed_multiplier.py", "steady_counter.py", "leaky_handlers.py"]); });
after(async () => { if (env) await env.close(); });

// The numbers a card shows, read from its data attributes (exact values).
async function cardNumbers(page, name) {
  return page.evaluate((n) => {
    const card = document.querySelector(`article.card[data-workload="${n}"]`);
    if (!card) return null;
    const val = (key) => {
      const x = card.querySelector(`.stat[data-key="${key}"] [data-bytes], .stat[data-key="${key}"] [data-value]`);
      if (!x) return null;
      const v = x.dataset.bytes ?? x.dataset.value;
      return v === "" ? null : Number(v);
    };
    return { state: card.querySelector(".badge").textContent, heap_bytes: val("heap_bytes"),
             closures: val("closures"), env_bytes: val("env_bytes"), collections: val("collections"),
             max_pause: val("max_pause") };
  }, name);
}

async function apiNumbers(name) {
  const w = (await env.daemon.api(`/workloads/${name}`)).body;
  const g = (await env.daemon.api(`/workloads/${name}/gc`)).body;
  return { state: w.state, heap_bytes: w.heap_bytes, closures: w.closures, env_bytes: w.env_bytes,
           collections: g.generations.reduce((a, x) => a + x.collections, 0),
           max_pause: Math.max(...g.generations.map((x) => x.pause_seconds_max)) };
}

test("one card per workload", async () => {
  await env.go("#/overview");
  const { page } = env;
  await page.waitForSelector("article.card");
  const names = await page.$$eval("article.card", (cs) => cs.map((c) => c.dataset.workload).sort());
  assert.deepEqual(names, ["leaky_handlers", "seed_multiplier", "steady_counter"]);
});

test("the numbers on the finished seed workload's card equal the API's", async () => {
  const { page } = env;
  await eventually(async () => (await apiNumbers("seed_multiplier")).state === "finished",
                   { what: "seed_multiplier to finish" });
  // the env bytes come from the once-a-second sample: wait until the API has one
  await eventually(async () => (await apiNumbers("seed_multiplier")).env_bytes > 0, { what: "a sample" });
  const api = await apiNumbers("seed_multiplier");
  assert.equal(api.closures, 5, "the seed program keeps five multipliers");
  const card = await eventually(async () => {
    const c = await cardNumbers(page, "seed_multiplier");
    return c && JSON.stringify(c) === JSON.stringify(api) ? c : null;
  }, { what: "the card to show " + JSON.stringify(api) });
  assert.deepEqual(card, api);
  // sizes in human units, exact bytes on hover
  const title = await page.$eval(`article.card[data-workload="seed_multiplier"] .stat[data-key="heap_bytes"] [data-bytes]`,
                                 (e) => e.title);
  assert.equal(title, api.heap_bytes.toLocaleString("en-US") + " bytes");
});

test("a running workload's card follows the API live", async () => {
  const { page } = env;
  // leaky_handlers grows every tick: the card must move, and match the API at some instant
  const first = await eventually(() => cardNumbers(page, "leaky_handlers"), { what: "leaky card" });
  await eventually(async () => {
    const c = await cardNumbers(page, "leaky_handlers");
    return c.closures > first.closures && c.env_bytes > first.env_bytes;
  }, { what: "the leaky card to grow" });
  // env bytes come from the same once-a-second sample in both (closures and heap bytes in the
  // workload JSON are live, so they move between samples)
  await eventually(async () => {
    const a = await apiNumbers("leaky_handlers");
    const c = await cardNumbers(page, "leaky_handlers");
    return a.env_bytes === c.env_bytes && a.state === c.state;
  }, { what: "the leaky card to equal the API between samples", intervalMs: 100 });
  await screenshot(page, "overview");
});

test("the card of a workload with a growing site names its top leak suspect", async () => {
  const { page } = env;
  // the daemon's own ranking: the leaky workload's top suspect is its handler site
  const top = await eventually(async () => {
    const s = (await env.daemon.api("/workloads/leaky_handlers/sites")).body.suspects;
    return s && s.length ? s[0] : null;
  }, { what: "leaky_handlers to have a leak suspect", timeoutMs: 30000, intervalMs: 500 });
  assert.equal(top.site, "leaky_handlers.py:11");
  const shown = await eventually(() => page.evaluate(() => {
    const p = document.querySelector('article.card[data-workload="leaky_handlers"] [data-key="suspect"]');
    return p ? { site: p.dataset.site, text: p.textContent } : null;
  }), { what: "the leaky card's suspect badge" });
  assert.equal(shown.site, top.site);
  assert.match(shown.text, /leak suspect/);
  // the well-behaved workload has none (its own /sites has no suspect either)
  const steady = (await env.daemon.api("/workloads/steady_counter/sites")).body.suspects;
  assert.deepEqual(steady, []);
  const none = await page.$('article.card[data-workload="steady_counter"] [data-key="suspect"]');
  assert.equal(none, null);
  // the README's screenshot: every tab of the navigation, Snapshots included, and the badge
  const tabs = await page.$$eval("nav a[data-view]", (as) => as.map((a) => a.textContent.trim()));
  assert.ok(tabs.includes("Snapshots"), "tabs: " + tabs.join(", "));
  await screenshot(page, "overview");
  if (process.env.CLOSURED_README_SCREENSHOT) {
    await page.screenshot({ path: process.env.CLOSURED_README_SCREENSHOT });
  }
});

test("overview is readable at phone width", async () => {
  const { page } = env;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at phone width`);
  await screenshot(page, "overview-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("no console errors", () => {
  assert.deepEqual(env.errors, []);
});

test("a failed workload's card names the file and line of its error", async () => {
  const r = await env.daemon.api("/workloads", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "broken_module", main: "main.py",
                           files: { "main.py": "import helper\n", "helper.py": "x = 1\ny = x / 0\n" } }) });
  assert.equal(r.status, 201);
  await env.go("#/overview");
  const text = await eventually(async () => {
    const t = await env.page.evaluate(() => {
      const p = document.querySelector('article.card[data-workload="broken_module"] p.error');
      return p ? p.textContent : null;
    });
    return t && t.includes("helper.py") ? t : null;
  }, { what: "the failed card's error line" });
  assert.equal(text, "ZeroDivisionError: division by zero (helper.py:2)");
});
