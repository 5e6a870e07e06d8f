// test_charts.mjs: the charts load the last minutes from .../series and follow the event stream;
// the leaking example's env bytes and closures rise over a few seconds.
import { test, before, after } from "node:test";
import { setup, screenshot, eventually, assert } from "./lib.mjs";

let env;
before(async () => { env = await setup(["leaky_handlers.py", "steady_counter.py"]); });
after(async () => { if (env) await env.close(); });

// The data of one dataset of the chart on canvas #chart-ID, through Chart.js's own registry.
const series = (page, id, label) => page.evaluate(([i, l]) => {
  const c = window.Chart.getChart(document.getElementById("chart-" + i));
  const ds = c.data.datasets.find((d) => d.label === l);
  return ds.data.map((p) => p.y);
}, [id, label]);

test("the chart library is embedded and served", async () => {
  const res = await fetch(env.daemon.url + "/vendor/chart.js");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type"), /javascript/);
  assert.ok((await res.text()).length > 50000);
});

test("the leaking example's charts rise over a few seconds", async () => {
  const { page } = env;
  // let the series hold a few samples first, so the initial load comes from .../series
  await eventually(async () => (await env.daemon.api("/workloads/leaky_handlers/series")).body.samples.length >= 2,
                   { what: "two samples" });
  await env.go("#/charts/leaky_handlers");
  await page.waitForSelector("#chart-memory");
  const first = await eventually(async () => {
    const d = await series(page, "memory", "env bytes");
    return d.length >= 2 ? d : null;
  }, { what: "the series to load" });
  await eventually(async () => {
    const d = await series(page, "memory", "env bytes");
    return d.length >= first.length + 3 && d[d.length - 1] > first[first.length - 1];
  }, { what: "env bytes to rise live" });
  const env_ = await series(page, "memory", "env bytes");
  for (let i = 1; i < env_.length; i++) assert.ok(env_[i] >= env_[i - 1], "a leak never shrinks: " + env_);
  const closures = await series(page, "closures", "live closures");
  assert.ok(closures[closures.length - 1] > closures[0], "live closures rise: " + closures);
  await screenshot(page, "charts");
});

test("no console errors", () => {
  assert.deepEqual(env.errors, []);
});
