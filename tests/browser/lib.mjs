// lib.mjs: shared helpers for the browser tests: start the real closured on an ephemeral port,
// launch Debian's chromium headless through playwright-core, collect console errors, save screenshots.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..", "..");
export const EXAMPLES = join(ROOT, "examples");
export const SCREENSHOTS = process.env.CLOSURED_SCREENSHOTS || join(ROOT, "build", "screenshots");
const BINARY = process.env.CLOSURED || join(ROOT, "build", "debug", "closured");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const LISTEN_RE = /closured listening on http:\/\/([^/\s]+):(\d+)\//;

// Starts `closured serve` on 127.0.0.1:0 with a fresh workloads dir holding the given
// examples (file names) and a fresh state dir. Resolves to {url, api, stop, lines}.
// timeoutMs only guards against a daemon that never listens: the Debug build compiling
// five workloads on a machine with a load average of 20-30 takes seconds to get there.
export async function startDaemon(examples = [], { extraArgs = [], timeoutMs = 30000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "closured-browser-"));
  const wdir = join(dir, "workloads");
  const sdir = join(dir, "state");
  mkdirSync(wdir);
  mkdirSync(sdir);
  for (const f of examples) copyFileSync(join(EXAMPLES, f), join(wdir, f));
  const proc = spawn(BINARY, ["serve", "--listen", "127.0.0.1:0", "--workloads", wdir,
                              "--state-dir", sdir, ...extraArgs],
                     { stdio: ["ignore", "ignore", "pipe"] });
  const lines = [];
  const port = await new Promise((ok, fail) => {
    let buf = "";
    const timer = setTimeout(() => fail(new Error("closured did not log its listening line:\n" + lines.join("\n"))), timeoutMs);
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        if (process.env.CLOSURED_VERBOSE) process.stderr.write("[closured] " + line + "\n");
        const m = LISTEN_RE.exec(line);
        if (m) { clearTimeout(timer); ok(Number(m[2])); }
      }
    });
    proc.on("exit", (code) => { clearTimeout(timer); fail(new Error(`closured exited (${code}):\n` + lines.join("\n"))); });
  });
  const url = `http://127.0.0.1:${port}`;
  // Mutations go out as JSON, as the dashboard sends them (the daemon refuses others).
  async function api(path, init = {}) {
    const method = init.method || "GET";
    const headers = method === "GET" ? init.headers : { "Content-Type": "application/json", ...init.headers };
    const res = await fetch(url + "/api/v1" + path, { ...init, headers });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  async function stop() {
    if (proc.exitCode === null) {
      const done = new Promise((ok) => proc.once("exit", ok));
      proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), 5000);
      await done;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { url, port, api, stop, lines, dir, workloadsDir: wdir };
}

// Launches chromium with a fresh user data dir; resolves to {context, page, errors, close}.
// errors collects console errors and uncaught page exceptions.
export async function openBrowser({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "closured-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-quic"],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  const watch = (p) => {
    p.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()} (${p.url()})`); });
    p.on("pageerror", (e) => errors.push(`pageerror: ${e.message} (${p.url()})`));
  };
  watch(page);
  context.on("page", watch);
  async function close() {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { context, page, errors, close };
}

// Saves a full-page PNG of page as SCREENSHOTS/name.png.
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name + ".png"), fullPage: true });
}

// Polls fn until it returns a truthy value (returned), or throws after timeoutMs. The
// default is generous, as tests/api/daemon.py's wait_for: a passing wait ends at its first
// true poll, and on a loaded machine (load average 20-30, the test suites of other builds
// beside this one) the page's fetches, the daemon's worker and chromium's rendering each
// wait for a CPU; what the tests check is the condition, not how soon it holds.
export async function eventually(fn, { timeoutMs = 30000, intervalMs = 200, what = "condition" } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) { last = err; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}` + (last ? ": " + last.message : ""));
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// A daemon + browser pair for one test file; `await env.close()` in after().
export async function setup(examples, opts = {}) {
  const daemon = await startDaemon(examples, opts);
  let browser;
  try {
    browser = await openBrowser(opts);
  } catch (err) {
    await daemon.stop();
    throw err;
  }
  return {
    daemon, ...browser,
    // Opens the dashboard at hash (e.g. "#/closures/seed_multiplier") and waits for that view.
    async go(hash) {
      await browser.page.goto(daemon.url + "/" + hash);
      await browser.page.waitForFunction((h) => {
        const v = document.querySelector("#view .view");
        return v && v.dataset.route === h;
      }, hash);
    },
    async close() {
      await browser.close().catch(() => {});
      await daemon.stop();
    },
  };
}

export { assert, writeFileSync };
