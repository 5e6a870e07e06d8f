// test_workloads.mjs: adding workloads from the page (pasted and uploaded), a syntax error shown at
// its line, pause / resume / restart / delete, and the output console.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { setup, screenshot, eventually, assert, writeFileSync } from "./lib.mjs";

let env;
before(async () => { env = await setup(["steady_counter.py"]); });
after(async () => { if (env) await env.close(); });

const GOOD = `def make_greeter(greeting):
    def greet(name):
        return greeting + ", " + name
    return greet

hello = make_greeter("hello")
print(hello("browser"))
count = 0

def tick():
    global count
    count += 1
    if count % 5 == 0:
        print("tick", count)
`;

const BAD = `def ok():
    return 1

def broken(:
    return 2
`;

const state = (page, name) =>
  page.$eval(`.wl-table tr[data-workload="${name}"] .badge`, (b) => b.textContent).catch(() => null);

test("a pasted workload appears, starts and prints", async () => {
  const { page } = env;
  await env.go("#/workloads");
  await page.fill("#wl-name", "greeter");
  await page.fill("#wl-source", GOOD);
  await page.fill("#wl-tick", "50");
  await page.click('form.add-form button[type="submit"]');
  await page.waitForSelector('.wl-table tr[data-workload="greeter"]');
  assert.equal(await state(page, "greeter"), "running");
  assert.match(page.url(), /#\/workloads\/greeter$/);
  await eventually(() => page.$eval("#output-console", (c) => c.textContent.includes("hello, browser")),
                   { what: "the first print in the console" });
  await eventually(() => page.$eval("#output-console", (c) => c.textContent.includes("tick 5")),
                   { what: "tick output" });
  const api = (await env.daemon.api("/workloads/greeter")).body;
  assert.equal(api.state, "running");
  assert.equal(api.tick_ms, 50);
  // the new workload has a card on the overview too
  await env.go("#/overview");
  await page.waitForSelector('article.card[data-workload="greeter"]');
});

test("a syntax error is shown at its line", async () => {
  const { page } = env;
  await env.go("#/workloads");
  await page.fill("#wl-name", "broken");
  await page.fill("#wl-source", BAD);
  await page.click('form.add-form button[type="submit"]');
  await page.waitForSelector("#wl-error:not([hidden])");
  const api = await env.daemon.api("/workloads", { method: "POST", headers: { "Content-Type": "application/json" },
                                                   body: JSON.stringify({ name: "broken", source: BAD }) });
  assert.equal(api.status, 400);
  const line = api.body.line;
  assert.equal(line, 4, "the parser points at the bad def");
  const bad = await page.$eval("#wl-error .src-line.bad", (d) => ({ line: d.dataset.line, text: d.textContent }));
  assert.equal(bad.line, String(line));
  assert.match(bad.text, /def broken\(:/);
  assert.match(await page.textContent("#wl-error p"), new RegExp(`\\bline ${line}\\b`, "i"));
  assert.equal(await page.getAttribute("#wl-source", "aria-invalid"), "true");
  // the caret in the editor is on that line
  const sel = await page.$eval("#wl-source", (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(sel, "def broken(:");
  assert.equal(await page.$('.wl-table tr[data-workload="broken"]'), null, "nothing was added");
  await screenshot(page, "workloads-syntax-error");
  // fixing the source clears the error
  await page.fill("#wl-source", GOOD);
  assert.equal(await page.isHidden("#wl-error"), true);
});

test("a workload uploaded from a file starts", async () => {
  const { page } = env;
  const file = join(env.daemon.dir, "uploaded_one.py");
  writeFileSync(file, "def outer():\n    x = [1, 2, 3]\n    return lambda: x\nkeep = outer()\nprint('uploaded', keep())\n");
  await env.go("#/workloads");
  await page.fill("#wl-name", "");
  await page.setInputFiles("#wl-file", file);
  await eventually(async () => (await page.inputValue("#wl-name")) === "uploaded_one", { what: "the name from the file" });
  await page.click('form.add-form button[type="submit"]');
  await page.waitForSelector('.wl-table tr[data-workload="uploaded_one"]');
  await eventually(() => page.$eval("#output-console", (c) => c.textContent.includes("uploaded [1, 2, 3]")),
                   { what: "the upload's output" });
  await eventually(async () => (await state(page, "uploaded_one")) === "finished", { what: "finished" });
});

test("pause, resume, restart and delete", async () => {
  const { page } = env;
  await env.go("#/workloads/steady_counter");
  const row = '.wl-table tr[data-workload="steady_counter"]';
  await page.click(`${row} button[data-action="pause"]`);
  await eventually(async () => (await state(page, "steady_counter")) === "paused", { what: "paused" });
  assert.equal((await env.daemon.api("/workloads/steady_counter")).body.state, "paused");
  await page.click(`${row} button[data-action="resume"]`);
  await eventually(async () => (await state(page, "steady_counter")) === "running", { what: "running" });
  const restarts = (await env.daemon.api("/workloads/steady_counter")).body.restarts;
  await page.click(`${row} button[data-action="restart"]`);
  await eventually(async () => (await env.daemon.api("/workloads/steady_counter")).body.restarts === restarts + 1,
                   { what: "a restart" });
  await screenshot(page, "workloads");
  page.once("dialog", (d) => d.accept());
  await page.click('.wl-table tr[data-workload="greeter"] button[data-action="delete"]');
  await eventually(async () => (await page.$('.wl-table tr[data-workload="greeter"]')) === null, { what: "deleted" });
  assert.equal((await env.daemon.api("/workloads/greeter")).status, 404);
});

test("no console errors but the expected 400", () => {
  // Chromium logs every failed fetch; the syntax error's 400 is the one expected.
  const unexpected = env.errors.filter((e) => !/status of 400/.test(e));
  assert.deepEqual(unexpected, []);
});
