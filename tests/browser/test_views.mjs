// test_views.mjs: every view of every example workload renders without a console error, the
// page is keyboard-navigable, and a daemon without workloads shows empty states.
import { test, before, after } from "node:test";
import { setup, startDaemon, screenshot, eventually, assert } from "./lib.mjs";

const EXAMPLES = ["seed_multiplier", "leaky_handlers", "cyclic_closures", "memo_cache", "steady_counter"];
const VIEWS = ["overview", "charts", "closures", "sites", "source", "retained", "snapshots", "collector", "workloads"];

let env;
before(async () => { env = await setup(EXAMPLES.map((e) => e + ".py")); });
after(async () => { if (env) await env.close(); });

test("every view of every workload renders", async () => {
  const { page } = env;
  for (const w of EXAMPLES) {
    for (const v of VIEWS) {
      await env.go(`#/${v}/${w}`);
      await eventually(() => page.$eval("#view", (m) => !m.textContent.includes("Loading")),
                       { what: `#/${v}/${w} to load` });
      assert.equal(await page.$eval(`nav.views a[data-view="${v}"]`, (a) => a.getAttribute("aria-current")), "page");
      if (v !== "overview")
        assert.equal(await page.$eval("#workload-select", (s) => s.value), w, "the picker follows the route");
      assert.equal(await page.$("#view .error"), null, `#/${v}/${w} shows an error`);
    }
  }
  assert.deepEqual(env.errors, []);
});

test("the workload picker switches the view's workload", async () => {
  const { page } = env;
  await env.go("#/sites/seed_multiplier");
  await page.selectOption("#workload-select", "memo_cache");
  await eventually(() => page.url().endsWith("#/sites/memo_cache"), { what: "the route to follow the picker" });
  await page.waitForSelector(".sites-table, .sites .empty");
});

test("keyboard: skip link, navigation in order, visible focus", async () => {
  const { page } = env;
  await env.go("#/overview");
  await page.waitForSelector("article.card");
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    seen.push(await page.evaluate(() => {
      const a = document.activeElement;
      const style = getComputedStyle(a);
      return { tag: a.tagName, text: (a.textContent || "").trim(), view: a.dataset.view || null,
               outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 };
    }));
  }
  assert.equal(seen[0].text, "Skip to content");
  const navOrder = seen.filter((s) => s.view).map((s) => s.view);
  assert.deepEqual(navOrder, VIEWS, "the views are reachable by Tab, in order");
  assert.ok(seen.every((s) => s.outline), "every focused element shows a focus ring: " + JSON.stringify(seen));
  // Enter on a focused nav link navigates
  await page.focus('nav.views a[data-view="collector"]');
  await page.keyboard.press("Enter");
  await eventually(() => page.url().includes("#/collector/"), { what: "keyboard navigation" });
});

test("every view at phone width", async () => {
  const { page } = env;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const v of VIEWS) {
    await env.go(`#/${v}/leaky_handlers`);
    await eventually(() => page.$eval("#view", (m) => !m.textContent.includes("Loading")));
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const culprits = overflow <= 1 ? [] : await page.evaluate(() => [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((e) => { for (let p = e.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return false; return true; })
      .slice(0, 5).map((e) => e.tagName + "." + e.className));
    assert.ok(overflow <= 1, `#/${v} scrolls sideways by ${overflow}px at phone width: ${culprits}`);
    await screenshot(page, "phone-" + v);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("a daemon without workloads shows empty states", async () => {
  const { page } = env;
  const bare = await startDaemon([]);
  try {
    for (const v of VIEWS) {
      await page.goto(`${bare.url}/#/${v}`);
      await page.waitForSelector("#view .empty");
    }
    await page.goto(`${bare.url}/#/overview`);
    await page.waitForSelector("#view .empty");
    assert.match(await page.textContent("#view .empty"), /No workloads yet/);
    await screenshot(page, "overview-empty");
  } finally {
    await page.goto("about:blank");
    await bare.stop();
  }
});

test("no console errors on any view", () => {
  assert.deepEqual(env.errors, []);
});
